export interface Element {
  /** Short name: the `./define/<name>` export and `stories/<name>.stories.ts`. */
  readonly name: string;
  readonly tag: string;
  readonly className: string;
  /** The define module, e.g. `src/meetings/meetings.define.ts`. */
  readonly define: string;
  /** kB min+gzip, lit included; undefined when the element has no budget of its own. */
  readonly budgetKb?: number;
  /** The folder under src/ that holds the define module. */
  readonly folder: string;
  readonly exportName: string;
  /** package.json `exports[exportName]`: `./dist/…define.d.ts` and `./dist/…define.js`. */
  readonly types: string;
  readonly default: string;
  readonly stories: string;
  /** Whether the define module exists yet. */
  readonly built: boolean;
}
export declare const ALL_ELEMENTS_BUDGET_KB: number;
export declare const CDN_BUDGET_KB: number;
export declare const ELEMENTS: readonly Element[];
export declare const BUILT: readonly Element[];
