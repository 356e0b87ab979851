import { describe, expect, it } from 'vitest';
import { publicSite } from '../../src/site/public-url.ts';

describe("the site's public URL (LUOSHI_SITE)", () => {
  it('is unset unless given: pages then carry no canonical link and downloads relative links', () => {
    expect(publicSite({})).toBeUndefined();
    expect(publicSite({ LUOSHI_SITE: '  ' })).toBeUndefined();
  });

  it('is taken as given when it is a real http(s) address', () => {
    expect(publicSite({ LUOSHI_SITE: 'https://jyt.yn.gov.cn/luoshi/' })).toBe('https://jyt.yn.gov.cn/luoshi/');
  });

  it('refuses placeholder hosts and malformed values, saying what to write', () => {
    expect(() => publicSite({ LUOSHI_SITE: 'https://luoshi.example.cn' })).toThrow(/placeholder host \(luoshi\.example\.cn\).*leave LUOSHI_SITE unset/);
    expect(() => publicSite({ LUOSHI_SITE: 'luoshi.gov.cn' })).toThrow(/not a URL.*https:\/\//);
    expect(() => publicSite({ LUOSHI_SITE: 'ftp://luoshi.gov.cn' })).toThrow(/https:\/\/ or http:\/\//);
  });
});
