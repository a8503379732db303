// natural's root entry loads database clients and writes to stdout through
// dotenv; only its stemmer is needed, so it is imported by deep path.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
