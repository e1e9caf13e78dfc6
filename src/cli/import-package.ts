// import() of a package that the CLI bundle leaves out (tinypool starts its threads from its own files). The CLI
// bundle is run from a V8 code cache (bin/load.cjs), and Node 20 loses the dynamic-import callback of cached code:
// so the bundle gets this module from scripts/build.mjs as a call to bin/load.cjs, a module Node loads itself.
export function importPackage<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
