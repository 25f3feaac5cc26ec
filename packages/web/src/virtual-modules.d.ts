declare module 'virtual:znr-communes' {
  /** Current French communes, one per line: `code|name|postal codes` (build-tools/communes.ts). */
  const lines: string;
  export default lines;
}
