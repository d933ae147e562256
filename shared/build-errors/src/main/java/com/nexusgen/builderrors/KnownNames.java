package com.nexusgen.builderrors;

import java.util.Set;

/**
 * Names that mean the same in every project and matter for the fix: the packages a generated app uses and their
 * exports, the platform's globals, TypeScript's built-in types and compiler options. A signature keeps them
 * ({@code Cannot find name 'useState'} is fixed by one import whoever hits it) and abstracts every other name
 * ({@code Property 'titel' does not exist on type 'Recipe'} is the same mistake as on 'Invoice').
 */
final class KnownNames {

    static final Set<String> NAMES = Set.of(
            // packages
            "react", "react-dom", "react-dom/client", "react-dom/server", "react-router", "react-router-dom",
            "react-router-dom/server", "vite", "vitest", "@vitejs/plugin-react", "typescript", "clsx", "classnames",
            "zustand", "axios", "@tanstack/react-query", "lucide-react", "date-fns", "dayjs", "zod", "tailwindcss",
            "postcss", "autoprefixer", "@testing-library/react", "@testing-library/jest-dom", "@testing-library/user-event",
            "jsdom", "happy-dom", "uuid", "nanoid", "lodash", "framer-motion", "recharts", "react-hook-form",
            "@types/node", "@types/react", "@types/react-dom", "esbuild", "rollup", "vite-plugin-pwa", "sass",
            "node:fs", "node:path", "node:url", "node:process", "node:crypto", "fs", "path", "url",
            // react
            "React", "useState", "useEffect", "useContext", "useReducer", "useCallback", "useMemo", "useRef",
            "useLayoutEffect", "useId", "useTransition", "useDeferredValue", "useSyncExternalStore",
            "useImperativeHandle", "useDebugValue", "useOptimistic", "useActionState", "use", "Fragment", "StrictMode",
            "Suspense", "lazy", "memo", "forwardRef", "createContext", "createElement", "cloneElement", "Children",
            "Component", "PureComponent", "ReactNode", "ReactElement", "FC", "JSX", "CSSProperties", "FormEvent",
            "ChangeEvent", "MouseEvent", "KeyboardEvent", "SyntheticEvent", "PropsWithChildren", "ComponentProps",
            "Dispatch", "SetStateAction", "RefObject", "MutableRefObject", "HTMLAttributes", "ButtonHTMLAttributes",
            "createRoot", "hydrateRoot", "createPortal", "flushSync", "renderToString", "renderToStaticMarkup",
            // react-router
            "BrowserRouter", "HashRouter", "MemoryRouter", "StaticRouter", "Routes", "Route", "Link", "NavLink",
            "Navigate", "Outlet", "useNavigate", "useParams", "useLocation", "useSearchParams", "useMatch", "useRoutes",
            "useHistory", "Switch", "Redirect", "withRouter", "createBrowserRouter", "RouterProvider", "useLoaderData",
            "useOutletContext", "useNavigation", "Form", "To",
            // vitest and testing-library
            "describe", "it", "test", "expect", "vi", "beforeEach", "afterEach", "beforeAll", "afterAll", "render",
            "screen", "fireEvent", "waitFor", "userEvent",
            // platform globals
            "window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "console", "process",
            "require", "module", "exports", "__dirname", "__filename", "globalThis", "HTMLElement", "HTMLInputElement",
            "HTMLDivElement", "HTMLFormElement", "HTMLButtonElement", "Event", "EventTarget", "Element", "Node",
            "crypto", "structuredClone", "URL", "URLSearchParams", "Intl", "import.meta.env", "ImportMeta",
            "ImportMetaEnv",
            // language
            "string", "number", "boolean", "null", "undefined", "unknown", "any", "never", "void", "object", "bigint",
            "symbol", "true", "false", "this", "Promise", "Array", "ReadonlyArray", "Object", "String", "Number",
            "Boolean", "Map", "Set", "WeakMap", "WeakSet", "Date", "JSON", "Math", "Error", "TypeError", "Symbol",
            "RegExp", "Record", "Partial", "Required", "Readonly", "Pick", "Omit", "ReturnType", "Parameters",
            "Awaited", "NonNullable", "Exclude", "Extract", "keyof", "typeof", "default", "length", "map", "filter",
            "then", "prototype", "constructor",
            // compiler options
            "target", "lib", "jsx", "moduleResolution", "strict", "types", "paths", "baseUrl", "esModuleInterop",
            "allowImportingTsExtensions", "verbatimModuleSyntax", "isolatedModules", "resolveJsonModule",
            "skipLibCheck", "noEmit", "include", "exclude", "extends", "files", "composite", "references", "dom",
            "--jsx", "--target", "--module", "--lib", "--moduleResolution", "strictNullChecks", "noImplicitAny",
            "noUnusedLocals", "noUnusedParameters", "allowJs", "checkJs", "es5", "es6", "es2015", "es2020", "es2022",
            "esnext", "nodenext", "node16", "bundler", "react-jsx", "preserve");

    private KnownNames() {
    }

    static boolean contains(String name) {
        return NAMES.contains(name);
    }
}
