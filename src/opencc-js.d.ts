// opencc-js ships types for its converters, not for its dictionaries (`opencc-js/dict/*`), which plan-parse reads
// as data: each is one string of `traditional simplified…` entries joined by `|`.
declare module 'opencc-js/dict/TSCharacters' {
  const entries: string;
  export default entries;
}
