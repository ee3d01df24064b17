import {expect} from '@open-wc/testing';
import {resolveText, allTexts} from '../../src/core/localized-text.js';

describe('resolveText', () => {
  const name = {ru: 'Ниигата', en: 'Niigata', ja: '新潟市', 'zh-Hans': '新潟', ko: '니가타'};

  it('gives the asked language with its own tag', () => {
    expect(resolveText(name, 'ja', 'ru')).to.deep.equal({text: '新潟市', lang: 'ja'});
    expect(resolveText(name, 'zh-Hans', 'ru')).to.deep.equal({text: '新潟', lang: 'zh-Hans'});
  });

  it('falls back: longer tag to shorter, same base language, English, feed default, anything', () => {
    expect(resolveText(name, 'ja-JP', 'ru')!.text).to.equal('新潟市');
    expect(resolveText(name, 'zh-CN', 'ru')!.lang).to.equal('zh-Hans');
    // A Korean or Japanese reader of a Russian feed with English names reads English, not Cyrillic.
    expect(resolveText({ru: 'Хабаровск', en: 'Khabarovsk'}, 'ko', 'ru')).to.deep.equal({
      text: 'Khabarovsk',
      lang: 'en',
    });
    expect(resolveText({ru: 'Хабаровск', 'en-GB': 'Khabarovsk'}, 'ja', 'ru')).to.deep.equal({
      text: 'Khabarovsk',
      lang: 'en-GB',
    });
    expect(resolveText({ru: 'Хабаровск', de: 'Chabarowsk'}, 'ko', 'ru')).to.deep.equal({text: 'Хабаровск', lang: 'ru'});
    expect(resolveText({de: 'Chabarowsk'}, 'ko', 'ru')).to.deep.equal({text: 'Chabarowsk', lang: 'de'});
  });

  it("matches tags whatever their case, keeping the feed's own tag, and passes over empty texts", () => {
    expect(resolveText({ru: 'Хабаровск', EN: 'Khabarovsk'}, 'en-US', 'ru')).to.deep.equal({
      text: 'Khabarovsk',
      lang: 'EN',
    });
    expect(resolveText({'zh-hans': '哈巴罗夫斯克', ja: 'ハバロフスク'}, 'zh-Hans-CN', 'ja')).to.deep.equal({
      text: '哈巴罗夫斯克',
      lang: 'zh-hans',
    });
    // An empty text is no text: the next choice is taken, down to whatever there is.
    expect(resolveText({ja: '', en: 'Khabarovsk'}, 'ja', 'ru')!.lang).to.equal('en');
    expect(resolveText({ja: '', 'ja-JP': 'ハバロフスク'}, 'ja', 'ru')!.lang).to.equal('ja-JP');
    expect(resolveText({ru: '', de: 'Chabarowsk'}, 'ko', 'ru')!.lang).to.equal('de');
    expect(resolveText({ru: '', en: ''}, 'ko', 'ru')).to.equal(undefined);
  });

  it('reads a plain string as the feed default language', () => {
    expect(resolveText('Хабаровск', 'en', 'ru')).to.deep.equal({text: 'Хабаровск', lang: 'ru'});
  });

  it('has nothing for nothing', () => {
    expect(resolveText(undefined, 'en')).to.equal(undefined);
    expect(resolveText({}, 'en')).to.equal(undefined);
  });

  it('lists every language for search', () => {
    expect(allTexts(name)).to.have.members(Object.values(name));
  });
});
