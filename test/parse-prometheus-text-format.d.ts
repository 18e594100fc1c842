/** The prom2json shape parse-prometheus-text-format returns (the package ships no types). */
declare module 'parse-prometheus-text-format' {
  export interface ParsedFamily {
    readonly name: string;
    readonly help: string;
    readonly type: 'GAUGE' | 'COUNTER' | 'SUMMARY' | 'HISTOGRAM' | 'UNTYPED';
    readonly metrics: readonly { readonly labels?: Readonly<Record<string, string>>; readonly value?: string }[];
  }
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
