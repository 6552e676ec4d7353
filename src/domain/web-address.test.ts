import { describe, expect, it } from 'vitest';
import { SourceUrl, uriForm } from './web-address.js';

describe('uriForm()', () => {
  it('percent-encodes letters of other scripts as UTF-8 and leaves a URI as it is', () => {
    expect(uriForm('https://aysor.am/en/news/2021/05/13/Փաշ-ՀԱՊԿ/1832879')).toBe(
      'https://aysor.am/en/news/2021/05/13/%D5%93%D5%A1%D5%B7-%D5%80%D4%B1%D5%8A%D4%BF/1832879',
    );
    expect(uriForm('https://1lurer.am/ru/Глава')).toBe('https://1lurer.am/ru/%D0%93%D0%BB%D0%B0%D0%B2%D0%B0');
    const plain = "https://www.example.org/a_b-c.d~e/f?g=h&i=%2F;j=k#l(m)!$'*+,@[]";
    expect(uriForm(plain)).toBe(plain);
  });

  it('encodes a space and a stray percent sign, keeps escapes, and gives the same form a second time', () => {
    expect(uriForm('https://x.org/a b%zz%2F')).toBe('https://x.org/a%20b%25zz%2F');
    const once = uriForm('https://x.org/Ü ber');
    expect(uriForm(once)).toBe(once);
  });

  it('is what SourceUrl stores, so the pack and imports keep every address in the form a strict client accepts', () => {
    expect(SourceUrl.parse('https://x.org/Шуш')).toBe('https://x.org/%D0%A8%D1%83%D1%88');
    expect(SourceUrl.safeParse('ftp://x.org/').success).toBe(false);
  });
});
