// The part of Eleventy 3's JavaScript API that roundup uses; Eleventy ships no TypeScript declarations.
declare module "@11ty/eleventy" {
  export interface EleventyConfig {
    pathPrefix: string;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addLinter(name: string, linter: (content: string) => void): void;
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addPassthroughCopy(paths: Record<string, string> | string): void;
    addWatchTarget(path: string): void;
    amendLibrary(engine: string, amend: (library: never) => void): void;
    addExtension(extension: string, options: Record<string, unknown>): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setTemplateFormats(formats: string[]): void;
    setIncludesDirectory(dir: string): void;
    setLayoutsDirectory(dir: string): void;
    setDataDirectory(dir: string): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setWatchThrottleWaitTime(ms: number): void;
    setUseGitIgnore(use: boolean): void;
    /** Eleventy's timings (not documented; absent, it is left alone). */
    benchmarkManager?: { get(name: string): { setIsVerbose(verbose: boolean): void } };
    ignores: { add(pattern: string): void; delete(pattern: string): boolean };
    on(event: string, callback: (...args: never[]) => unknown): void;
  }
  export interface EleventyOptions {
    /** false: read no configuration file. */
    configPath?: string | false;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "serve" | "watch";
    config?: (config: EleventyConfig) => void | Promise<void>;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
    stopWatch(): Promise<unknown>;
    setIsVerbose(verbose: boolean): void;
    readonly logger: { overrideLogger(logger: Record<"log" | "info" | "warn" | "error", (message: string) => void>): void };
  }
  export const HtmlBasePlugin: unknown;
  export default Eleventy;
}

// The part of @11ty/eleventy-dev-server 2.x that `roundup serve` uses (the package ships no declarations).
declare module "@11ty/eleventy-dev-server" {
  export interface DevServerOptions {
    pathPrefix?: string;
    liveReload?: boolean;
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    showVersion?: boolean;
    logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
    messageOnStart?: () => string | false;
  }
  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions);
    protected get server(): import("node:http").Server;
    serve(port: number): void;
    ready(): Promise<void>;
    reload(event?: { files?: string[]; subtype?: string }): void;
    close(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    _serverListen(port: number): void;
  }
}
