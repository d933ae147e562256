package com.nexusgen.healing.fixers;

import com.nexusgen.healing.Fixer;

import java.util.List;

/** Every deterministic fixer, in the order they are asked: the most specific first. */
public final class DeterministicFixers {
    private DeterministicFixers() {
    }

    public static List<Fixer> all() {
        return List.of(
                new AddDependency(),
                new PinKnownGoodVersion(),
                new ReplaceNativePackage(),
                new ApplySuggestion(),
                new AddMissingImport(),
                new MigrateRemovedExport(),
                new FixImportPath(),
                new InsertExpectedToken(),
                new CloseJsxTag(),
                new CloseUnclosedJsxElement(),
                new EscapeJsxText(),
                new RepairMarkup(),
                new ConvertLiteral(),
                new NullGuard(),
                new FixGenericArity(),
                new SatisfyGenericConstraint(),
                new EnvDefault(),
                new RestoreToolchainConfig(),
                new RaiseHeapLimit(),
                new RaiseTestTimeout(),
                new RunScriptWithShell(),
                new MoveOversizedAsset());
    }
}
