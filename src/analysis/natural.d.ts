// natural's root entry loads database clients and writes to stdout through
// dotenv; only its stemmer and stop words are needed, so they are imported by
// deep path.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}
