package dev.tupu.extract.hanlp;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parallel extraction must not write HanLP's shared table of parts of speech: {@code Nature.create} registers a tag
 * it has not seen without any lock, and two extraction threads meeting new tags at once can throw or lose one (a
 * build then fails documents at random). Once the models are loaded, decoding text full of People's Daily's rarer tags (Ng,
 * Vg, Ag: 讯, 时, 摄, 煞, ...) registers nothing more.
 */
class PerceptronNaturesIT {
    private static final List<String> RARE_TAGS = List.of(
            "本报上海３月５日讯，市长在浦东考察时指出，要为民解困。（新华社记者王明摄）",
            "棉产区去年再获丰收，真是喜煞人。",
            "大桥通车展宏图，迎春贺新年。");

    @Test
    void decoding_registers_no_part_of_speech_after_the_models_load() throws Exception {
        // A class loader of its own: HanLP's static table starts as HanLP ships it, whatever ran before in this JVM.
        try (URLClassLoader fresh = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> nature = fresh.loadClass("com.hankcs.hanlp.corpus.tag.Nature");
            int shipped = natures(nature);
            fresh.loadClass(PerceptronModels.class.getName()).getMethod("shared").invoke(null);
            int loaded = natures(nature);
            assertTrue(loaded > shipped, "the models' own tags (Ng, Vg, ...) are registered when they load");

            @SuppressWarnings("unchecked")
            Consumer<String> analyzer = (Consumer<String>) fresh.loadClass(HanlpBaselines.class.getName())
                    .getMethod("perceptronFactored").invoke(null);
            RARE_TAGS.forEach(analyzer);
            assertEquals(loaded, natures(nature), "decoding registered new parts of speech");
        }
    }

    private static int natures(Class<?> nature) throws ReflectiveOperationException {
        return ((Object[]) nature.getMethod("values").invoke(null)).length;
    }

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
