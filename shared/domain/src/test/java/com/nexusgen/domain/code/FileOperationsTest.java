package com.nexusgen.domain.code;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileOperationsTest {

    @Test
    void diff_shouldPatchChangedFiles_skipUnchanged_andRoundTrip() {
        // GIVEN a version and its next version: one file edited in the middle, one new, one gone, one the same
        String app = "import a from 'a';\n\nexport function App() {\n  return <h1>Old</h1>;\n}\n\nexport default App;\n";
        Map<String, String> base = Map.of("src/App.tsx", app, "src/old.ts", "x\n", "package.json", "{}\n");
        Map<String, String> next = Map.of("src/App.tsx", app.replace("Old", "New"), "src/new.ts", "y\n",
                "package.json", "{}\n");
        // WHEN the difference is expressed as operations
        List<FileOperation> ops = FileOperations.diff(base, next);
        // THEN the edited file is a small patch, not a rewrite, and applying the operations gives the next version
        assertEquals(List.of(FileOperation.Kind.PATCH, FileOperation.Kind.CREATE, FileOperation.Kind.DELETE),
                ops.stream().map(FileOperation::kind).toList());
        FileOperation.Edit edit = ops.getFirst().edits().getFirst();
        assertEquals("  return <h1>Old</h1>;\n", edit.find());
        assertEquals(next, FileOperations.apply(base, ops));
    }

    @Test
    void diff_shouldWidenTheEditUntilItIsUnique() {
        Map<String, String> base = Map.of("a.ts", "x\nsame\ny\nsame\nz\n");
        Map<String, String> next = Map.of("a.ts", "x\nsame\ny\nchanged\nz\n");
        List<FileOperation> ops = FileOperations.diff(base, next);
        assertEquals(FileOperation.Kind.PATCH, ops.getFirst().kind());
        assertEquals(next, FileOperations.apply(base, ops));
    }

    @Test
    void apply_shouldRefuseAmbiguousOrMissingEdits_andUnsafePaths() {
        Map<String, String> base = Map.of("a.ts", "same\nsame\n");
        assertThrows(IllegalArgumentException.class, () -> FileOperations.apply(base,
                List.of(FileOperation.patch("a.ts", List.of(new FileOperation.Edit("same", "x"))))));
        assertThrows(IllegalArgumentException.class, () -> FileOperations.apply(base,
                List.of(FileOperation.patch("a.ts", List.of(new FileOperation.Edit("absent", "x"))))));
        assertThrows(IllegalArgumentException.class, () -> FileOperations.apply(base, List.of(FileOperation.delete("b.ts"))));
        for (String path : List.of("../x", "/abs", "a/../b", "a\\b", "a b", "")) {
            assertThrows(IllegalArgumentException.class, () -> FileOperation.create(path, "x"), path);
        }
        assertTrue(AppPaths.isSafe("src/pages/[id].tsx"));
    }

    @Test
    void manifest_shouldRoundTripThroughItsTextForm() {
        FileManifest manifest = new FileManifest(List.of(new FileManifest.Entry("src/b.ts", "bb", 2),
                new FileManifest.Entry("a.json", "aa", 10)));
        FileManifest back = FileManifest.parse(manifest.toBytes());
        assertEquals(manifest, back);
        assertEquals("a.json", back.entries().getFirst().path());
        assertEquals(12, back.totalBytes());
    }
}
