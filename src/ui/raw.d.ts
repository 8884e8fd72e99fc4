/** `import css from '…/cookiegate.css?raw'`: the file's text, inlined by the bundler. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
