// The part of Nunjucks (Eleventy's fork, @11ty/nunjucks) that roundup uses; the package ships no declarations.
declare module "nunjucks" {
  export class Environment {
    invalidateCache(): void;
  }
  export class Template {
    constructor(source: string, environment: Environment, path: string, eagerCompile: boolean);
    render(context: object, callback: (error: Error | null, result: string | null) => void): void;
  }
  const nunjucks: { Template: typeof Template; Environment: typeof Environment };
  export default nunjucks;
}
