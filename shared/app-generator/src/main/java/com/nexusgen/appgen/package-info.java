/**
 * The offline Coder: {@link com.nexusgen.appgen.AppGenerator} turns a PRD (prd/v1) into the files of a React +
 * TypeScript + Vite app, split into tasks that write disjoint files; {@link com.nexusgen.appgen.NpmApp} installs
 * (once, into a shared cache) and runs the npm scripts of such an app; {@link com.nexusgen.appgen.AppFolder} writes
 * file operations to disk. Static parts of the app are real files under resources/app-template/.
 */
package com.nexusgen.appgen;
