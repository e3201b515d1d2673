package dev.tupu.cli;

import dev.tupu.service.DocumentDates;
import dev.tupu.service.InvalidRequestException;
import picocli.CommandLine;

import java.time.LocalDate;

/** A {@code --date} option ({@code build}, the Spark job): a real day, as YYYY-MM-DD; anything else is a usage error. */
public final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return DocumentDates.parse(value, null); // picocli names the option
        } catch (InvalidRequestException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
