import { describe, expect, it } from 'vitest';
import { detectLanguage, segmentByLanguage } from './detect-language.js';

// Short samples written for this test (no source text): two sentences each.
const SAMPLES: Record<string, string> = {
  en: 'The defence ministry said on Monday that the drills would go ahead. Officials in the capital declined to comment.',
  ru: 'Министерство обороны в понедельник сообщило, что учения пройдут по плану. Официальные лица в столице от комментариев отказались.',
  kk: 'Қорғаныс министрлігі дүйсенбі күні жаттығулар жоспар бойынша өтетінін хабарлады. Астанадағы ресми өкілдер пікір білдіруден бас тартты.',
  ky: 'Коргоо министрлиги дүйшөмбү күнү машыгуулар пландагыдай өтөөрүн билдирди. Борбордогу расмий өкүлдөр пикир айтуудан баш тартышты.',
  uk: 'Міністерство оборони в понеділок повідомило, що навчання відбудуться за планом. Офіційні особи в столиці відмовилися від коментарів.',
  be: 'Міністэрства абароны ў панядзелак паведаміла, што вучэнні пройдуць па плане. Афіцыйныя асобы ў сталіцы ад каментарыяў адмовіліся.',
};

describe('detectLanguage()', () => {
  for (const [code, text] of Object.entries(SAMPLES)) {
    it(`tells ${code} from its neighbours`, () => expect(detectLanguage(text)).toBe(code));
  }
  it('keeps Russian copy that quotes a Kazakh name as Russian', () => {
    expect(detectLanguage(`${SAMPLES['ru']} Переговоры прошли в резиденции Ақорда в Астане.`)).toBe('ru');
  });
  it('keeps a one-line English report whose names outweigh its words as English', () => {
    // franc alone ranks this Uzbek by 2% over English: place names read the same in every Latin language.
    expect(detectLanguage('Tajikistan hosted CSTO drills in May 2024.')).toBe('en');
  });
  it('keeps short English reports of a move and of drills as English', () => {
    expect(detectLanguage('Kyrgyz troops left Tajikistan on 3 March 2021.')).toBe('en');
    expect(detectLanguage('Armenia staged CSTO drills near Gyumri on 9 June 2019.')).toBe('en');
  });
  it('still tells a short Latin-script text in another language', () => {
    expect(detectLanguage('Les troupes russes ont quitté le Kazakhstan en janvier.')).toBe('fr');
    expect(detectLanguage('Die russischen Truppen verließen Kasachstan im Januar.')).not.toBe('en');
    expect(detectLanguage('Las tropas rusas salieron de Kazajistán en enero.')).toBe('es');
    expect(detectLanguage('Ermenistan KGAÖ üyeliğini dondurdu ve tatbikata katılmadı.')).toBe('tr');
    expect(detectLanguage("O'zbekiston KXShTga a'zoligini to'xtatdi va qo'shinlarini olib chiqdi.")).toBe('uz');
  });
  it('keeps two Russian sentences without ы, э, ъ or ё as Russian, and Bulgarian as Bulgarian', () => {
    expect(detectLanguage('Сборная Киргизии по хоккею победила команду Армении в Бишкеке. Тренер гостей отказался от комментариев.')).toBe(
      'ru',
    );
    expect(detectLanguage('Болгарската армия проведе учения край Шумен заедно със съюзниците си от НАТО през септември.')).toBe('bg');
  });
  it('gives und for text without letters', () => expect(detectLanguage('12:40 — 2022/10/21')).toBe('und'));
});

describe('segmentByLanguage()', () => {
  it('keeps a one-language article whole', () => {
    expect(segmentByLanguage(SAMPLES['en']!)).toEqual([{ text: SAMPLES['en'], language: 'en' }]);
  });
  it('splits an article whose paragraphs change script into runs, each with its language', () => {
    const text = `${SAMPLES['en']}\nReuters\n${SAMPLES['ru']}`;
    expect(segmentByLanguage(text).map((s) => s.language)).toEqual(['en', 'ru']);
  });
});
