// Note: `stopword` ships no type declarations; this declares the one list roundup imports.
declare module "stopword" {
  /** English stop words, lower case. */
  export const eng: readonly string[];
}
