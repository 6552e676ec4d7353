import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { loadLanguage } from './language.js';
import { defaultCoder } from './test-helpers/default-coder.js';

// Sentences written for the failure classes read off Russian held-out batch 2 (docs/coder.md): one or
// more per class, none taken from a test set or the dev set. Dates are invented.
const coder = defaultCoder({ language: loadLanguage(loadPack().alliance, 'ru') });
const code = (text: string, date: string) => coder.code({ id: 't', date, text }).map((e) => `${e.type} ${e.actor}->${e.target} ${e.date}`);

describe('Russian class rules from held-out batch 2', () => {
  it('reads a withdrawal named as a fact, not talk about one', () => {
    expect(code('Выход Армении из ОДКБ был оформлен в марте 2027 года.', '2027-05-02')).toContain('membership.withdrew ARM->CSTO 2027-03');
    expect(
      code('В Ереване снова заговорили о выходе Армении из ОДКБ.', '2027-05-02').filter((e) => e.startsWith('membership.withdrew')),
    ).toEqual([]);
  });
  it('reads help not given after a request as declined, and a refusal in answer to one', () => {
    expect(code('Душанбе просил о содействии, но ОДКБ так и не оказала Таджикистану помощи.', '2027-05-02')).toContain(
      'assistance.declined CSTO->TJK 2027-05',
    );
    expect(code('Бишкек попросил Москву прислать подкрепление, однако Россия ответила отказом.', '2027-05-02')).toContain(
      'assistance.declined RUS->KGZ 2027-05',
    );
  });
  it('takes the state asked as the addressee, and troops asked for as no deployment', () => {
    const out = code('Правительство Таджикистана попросило Россию ввести войска на границу с Афганистаном.', '2027-05-02');
    expect(out).toContain('assistance.requested TJK->RUS 2027-05');
    expect(out.filter((e) => e.startsWith('deployment.started'))).toEqual([]);
  });
  it('finds a vote by a subject with a weekday before the verb, and not the abstainers of the other clause', () => {
    const out = code('Таджикистан в четверг проголосовал против резолюции Генассамблеи ООН, тогда как Армения воздержалась.', '2027-05-07');
    expect(out).toContain('un.vote TJK->UN 2027-05-06');
    expect(out).toContain('un.vote ARM->UN 2027-05-06');
  });
  it('reads a mission with a long modifier before its verb, and a deal signed with time and place before the object', () => {
    expect(
      code('Делегация ОДКБ во главе с заместителем генерального секретаря организации прибыла в Таджикистан в пятницу.', '2027-05-08'),
    ).toContain('assistance.mission CSTO->TJK 2027-05-07');
    expect(code('Киргизия и Китай подписали во вторник в Пекине соглашение о военной помощи.', '2027-05-06')).toContain(
      'external.cooperation KGZ->CHN 2027-05-04',
    );
  });
});
