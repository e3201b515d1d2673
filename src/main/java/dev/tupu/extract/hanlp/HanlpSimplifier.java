package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.HanLP;

import java.util.function.UnaryOperator;

/** Traditional → simplified Chinese with HanLP's bundled conversion dictionary. */
public final class HanlpSimplifier implements UnaryOperator<String> {
    @Override
    public String apply(String text) {
        return text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }
}
