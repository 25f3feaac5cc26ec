/** Options of `znr simulate`. */
export interface SimulateOptions {
    /**
     * Add each variable's explanation (status, reason, steps) to its line. Each case is then traced
     * on its own, after the batch: plain runs never pay for it.
     */
    explain?: boolean;
}
/** Reads cases as a stream, computes them chunk by chunk and writes one result line per valid case. */
export declare function runSimulate(input: string, output: string, report?: (message: string) => void, options?: SimulateOptions): Promise<{
    written: number;
    rejected: number;
}>;
