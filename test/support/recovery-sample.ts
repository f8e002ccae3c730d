/**
 * A minimal element built on the shared base the way every real element is: it fetches from `src`,
 * validates record by record, renders the shared loading / empty / error views, and reports
 * `recovery-load` / `recovery-error`. Tests and Storybook use it to exercise the foundation.
 */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { RecoveryElement } from '../../src/core/recovery-element.js';
import { LoadController } from '../../src/core/load-controller.js';
import { defineElement } from '../../src/core/define-element.js';
import { getJson } from '../../src/core/http.js';
import { keepValid } from '../../src/core/validate.js';
import { renderEmpty } from '../../src/core/status.js';

const sampleRecord = z.object({ id: z.string(), name: z.string() });
type SampleRecord = z.infer<typeof sampleRecord>;

export class RecoverySample extends RecoveryElement {
  /** Where to fetch a JSON list of `{ id, name }`. */
  @property() src?: string;

  /** Records given directly, instead of `src`. */
  @property({ attribute: false }) records?: SampleRecord[];

  private readonly data = new LoadController(this, {
    args: () => [this.src, this.records] as const,
    task: async ([src, records], { signal }) => {
      if (records) return { records, skipped: 0 };
      if (!src) return { records: [], skipped: 0 };
      return keepValid(await getJson(src, { signal, retryDelayMs: 20 }), sampleRecord, src);
    },
    onComplete: ({ records, skipped }) => void this.reportLoaded(records.length, skipped),
    onError: (error) => this.reportError(error),
  });

  protected override renderContent() {
    return this.renderLoad(this.data, ({ records }) =>
      records.length === 0
        ? renderEmpty(this.i18n.t('status.empty'))
        : html`<ul>
            ${records.map((record) => html`<li part="record" data-id=${record.id}>${record.name}</li>`)}
          </ul>`,
    );
  }
}

defineElement('recovery-sample', RecoverySample);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-sample': RecoverySample;
  }
}
