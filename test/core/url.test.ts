import { expect } from '@open-wc/testing';
import { phoneHref, safeHref } from '../../src/core/url.js';

describe('safeHref', () => {
  const allowed: Array<[string, string]> = [
    ['https://zoom.us/j/123456789?pwd=abc', 'https://zoom.us/j/123456789?pwd=abc'],
    ['http://example.org/meetings', 'http://example.org/meetings'],
    ['  https://example.org/padded  ', 'https://example.org/padded'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['tel:+13025550100', 'tel:+13025550100'],
    ['mailto:secretary@example.org', 'mailto:secretary@example.org'],
  ];
  for (const [input, expected] of allowed) {
    it(`keeps ${JSON.stringify(input)}`, () => {
      expect(safeHref(input)).to.equal(expected);
    });
  }

  const dropped: unknown[] = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001fjavascript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;&#x76;&#x61;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/6e5f-4c3d',
    'ftp://example.org/file',
    '/relative/path',
    '//evil.example/scheme-relative',
    'zoom.us/j/123',
    'https://bank.example@evil.example/',
    'tel:',
    'mailto:',
    `https://example.org/${'a'.repeat(3000)}`,
    '',
    42,
    null,
    undefined,
    { href: 'https://example.org' },
  ];
  for (const input of dropped) {
    it(`drops ${JSON.stringify(input)?.slice(0, 60)}`, () => {
      expect(safeHref(input)).to.equal(undefined);
    });
  }

  it('never yields a scheme outside the allow-list, whatever the input', () => {
    const schemes = ['javascript', 'data', 'vbscript', 'about', 'chrome', 'intent', 'sms', 'ws'];
    const decorations = ['', ' ', '\t', '\n', '\u0000', '\u00a0'];
    for (const scheme of schemes) {
      for (const before of decorations) {
        for (const variant of [scheme, scheme.toUpperCase(), scheme[0]!.toUpperCase() + scheme.slice(1)]) {
          const href = safeHref(`${before}${variant}:payload`);
          if (href !== undefined) expect(new URL(href).protocol).to.be.oneOf(['http:', 'https:', 'tel:', 'mailto:']);
        }
      }
    }
  });
});

describe('phoneHref', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['+1 (302) 555-0100', 'tel:+13025550100'],
    ['302.555.0100', 'tel:3025550100'],
    ['+16465588656,,85123456789#,,,,*123456#', 'tel:+16465588656,,85123456789%23,,,,*123456%23'],
    ['tel:+44 20 7946 0000', 'tel:+442079460000'],
    ['call the office', undefined],
    ['12', undefined],
    [null, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(phoneHref(input)).to.equal(expected);
    });
  }

  it('makes links the URL parser keeps as they are, so a safe link without parsing each one', () => {
    const awkward = ['+1 (302) 555-0100 ext. 12', '0800 123 456#', ' +44 ;;; 20 ** 79 # 46', 'tel:+1-800-555-0100,,9#', '+++12 34 56', '１２３ 456 7890'];
    for (const input of awkward) {
      const href = phoneHref(input);
      if (href !== undefined) expect(safeHref(href), input).to.equal(href);
    }
  });
});
