package dev.auditpack.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the files a user gives (YAML or JSON), turning every problem into one line naming the file. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The file read with {@code mapper} as a {@code type}; null when the file is empty.
     *
     * @throws InputException naming the file and, where the parser knows it, the line
     */
    public static <T> T read(Path file, ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.readValue(Files.readAllBytes(file), type);
        } catch (ValueInstantiationException e) {
            // A record's own check refused a value: its message says what is wrong.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(file, where(e) + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new InputException(file, where(e) + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code line N: } where the parser knows the line, otherwise nothing. */
    public static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
    }
}
