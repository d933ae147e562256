/**
 * Reads the log of a failed build of a generated app (npm, tsc, vite, rollup, esbuild, vitest, node) into classified
 * errors, and gives each error a tenant-free signature for the fix memory.
 *
 * <ul>
 *   <li>{@link com.nexusgen.builderrors.BuildLogParser}: a log in, {@code List<BuildError>} out, root cause first.</li>
 *   <li>{@link com.nexusgen.builderrors.ErrorClassifier}: one (tool, code, message) into a taxonomy leaf and facts.</li>
 *   <li>{@link com.nexusgen.builderrors.ErrorSignature}: the fix memory's key, and a longer text for embedding.</li>
 * </ul>
 *
 * <h2>Classification</h2>
 * <table>
 *   <caption>What decides each leaf</caption>
 *   <tr><th>leaf</th><th>tsc</th><th>npm</th><th>other tools (message)</th></tr>
 *   <tr><td>dependency.missing</td><td>TS2307 of a bare specifier, TS7016, TS2580/TS2591 (@types/node), TS2688</td>
 *       <td>E404 of a package document, EINVALIDPACKAGENAME</td>
 *       <td>Cannot find package/module 'bare', Rollup failed to resolve import "bare", Failed to resolve import "bare",
 *       {@code sh: x: not found} (exit 127)</td></tr>
 *   <tr><td>dependency.version</td><td></td><td>ETARGET, ENOVERSIONS, EBADENGINE, E404 of a tarball, EUSAGE when
 *       {@code npm ci} finds the lock out of sync, ERESOLVE without a peer</td><td>No matching version found</td></tr>
 *   <tr><td>dependency.peer</td><td></td><td>ERESOLVE naming a peer</td><td>peer x@"range" from y</td></tr>
 *   <tr><td>dependency.native</td><td></td><td>a failed command with gyp/node-pre-gyp/prebuild-install/make output,
 *       or any install script failing during install</td><td>gyp ERR!, NODE_MODULE_VERSION, invalid ELF header,
 *       Cannot find module '*.node'</td></tr>
 *   <tr><td>syntax.parse</td><td>TS1xxx not listed elsewhere; any TS1xxx in a .json file</td><td>EJSONPARSE</td>
 *       <td>JSON, postcss/CssSyntaxError, "Failed to parse", "Unable to parse", other esbuild transform failures,
 *       SyntaxError</td></tr>
 *   <tr><td>syntax.token</td><td>TS1005, TS1109, TS1128, TS1136, TS1003, TS1381, TS1382, TS1434, TS17002, TS17008,
 *       TS2657 ...</td><td></td><td>Expected X but found Y, Unexpected "x"/token, closing tag mismatch</td></tr>
 *   <tr><td>syntax.eof</td><td>TS1002, TS1160, TS1010, TS1126; TS1005 of a closing token at column 1 as the file's
 *       last diagnostic, or with "The parser expected to find a ..." related information; and then the unclosed
 *       element (TS17008) or brace of that same file</td><td></td><td>Unexpected end of file/input, Unterminated ...,
 *       '&lt;eof&gt;'</td></tr>
 *   <tr><td>type.mismatch</td><td>TS2322, TS2345, TS2367, TS2365, TS2362, TS2363, TS2769, TS2554, TS2349, TS7006,
 *       TS2693, TS2749, other TS2xxx/TS7xxx; TS6133 and the other unused-declaration codes (ranked last)</td><td></td>
 *       <td>TypeError: x is not a function/constructor/iterable</td></tr>
 *   <tr><td>type.missing-property</td><td>TS2339, TS2551, TS2353, TS2561, TS2741, TS2739, TS2740, TS2540</td><td></td>
 *       <td></td></tr>
 *   <tr><td>type.null</td><td>TS18047, TS18048, TS18049, TS18050, TS2531, TS2532, TS2533, TS18046, TS2721-TS2723,
 *       TS2564, TS2454; TS2322/TS2345 failing only on {@code | null} or {@code | undefined}</td><td></td>
 *       <td>Cannot read/set properties of undefined/null, Cannot destructure ... as it is undefined</td></tr>
 *   <tr><td>type.generic</td><td>TS2314, TS2344, TS2558, TS2315, TS2707, TS2706, TS2589</td><td></td><td></td></tr>
 *   <tr><td>runtime.import</td><td>TS2304, TS2552, TS2503 (a name the file cannot see), TS2305, TS2724, TS2614,
 *       TS2613, TS1192, TS2459, TS1484, TS2307 of a relative or alias path, TS2582</td><td></td>
 *       <td>the same resolution failures for a relative path, "x" is not exported by, does not provide an export
 *       named, ReferenceError: x is not defined, __vite_ssr_import_N__.x is not a function</td></tr>
 *   <tr><td>runtime.env</td><td></td><td></td><td>Missing env var X, X is not set, import.meta.env.X is undefined,
 *       ReferenceError: process is not defined</td></tr>
 *   <tr><td>runtime.file</td><td></td><td>ENOENT</td><td>ENOENT: no such file or directory, Could not resolve entry
 *       module, Failed to resolve /x from index.html, a missing script node was asked to run</td></tr>
 *   <tr><td>runtime.permission</td><td></td><td>EACCES, EPERM, EROFS</td><td>EACCES/EPERM, {@code sh: x: Permission
 *       denied} (exit 126)</td></tr>
 *   <tr><td>resource.memory</td><td></td><td>ENOMEM</td><td>JavaScript heap out of memory, ERR_WORKER_OUT_OF_MEMORY;
 *       a stage killed with exit 137 and no other report</td></tr>
 *   <tr><td>resource.disk</td><td></td><td>ENOSPC (also as warnings of a "passing" install)</td><td>ENOSPC; the
 *       runner's {@code limit=dist} and {@code limit=output}</td></tr>
 *   <tr><td>resource.timeout</td><td></td><td></td><td>the runner's {@code limit=timeout}; vitest's Test/Hook timed out
 *       in N ms</td></tr>
 *   <tr><td>resource.cpu</td><td></td><td></td><td>CPU time limit exceeded, SIGXCPU; exit 152</td></tr>
 *   <tr><td>configuration</td><td>TS5xxx, TS6xxx (options, tsconfig), TS17004, TS6142, TS18003, TS2584, TS2583, TS2550,
 *       TS2812, TS1259, TS2792; TS2304 of a DOM global (the lib setting lacks DOM)</td><td>E401, E403, EUSAGE</td>
 *       <td>failed to load config (when the config's own error says nothing more specific), No test files found,
 *       configured target environment, ReferenceError: document/window is not defined (no DOM test environment)</td></tr>
 *   <tr><td>network</td><td></td><td>ENOTFOUND, EAI_AGAIN, ECONNREFUSED, ECONNRESET, ETIMEDOUT, EINTEGRITY, E5xx,
 *       certificate errors</td><td>the same codes, git's "unable to access", "Could not resolve hostname"</td></tr>
 *   <tr><td>unknown</td><td></td><td>other codes</td><td>a failed test assertion (with expected and actual), anything
 *       else; a failed stage without a recognised error yields one holding its most informative line</td></tr>
 * </table>
 */
package com.nexusgen.builderrors;
