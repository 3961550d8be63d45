// snowball-stemmers 0.6.0 ships no types; this is the small part of its API we call.
declare module 'snowball-stemmers' {
  interface TSnowballStemmer {
    stem(word: string): string;
  }
  const snowball: {
    newStemmer(language: string): TSnowballStemmer;
    algorithms(): string[];
  };
  export default snowball;
}
