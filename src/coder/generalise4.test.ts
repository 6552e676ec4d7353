import { describe, expect, it } from 'vitest';
import { defaultCoder } from './test-helpers/default-coder.js';

// Sentences written for the failure classes read off held-out batch 4 and the gaps batches 2 and 3
// left open (docs/coder.md, "Held-out check"): one or more per class, none taken from a test set or
// the dev set.
const coder = defaultCoder();
const code = (text: string, date: string) => coder.code({ id: 't', date, text }).map((e) => `${e.type} ${e.actor}->${e.target} ${e.date}`);

describe('an undated act takes the day of the vote, fight or meeting told before', () => {
  it('dates votes in a later sentence by the assembly vote of the lead, and reads "joined Russia in voting no"', () => {
    const out = code(
      'The U.N. General Assembly voted on Thursday to suspend Russia from the Human Rights Council. Belarus joined Russia in voting no, while Kyrgyzstan and Tajikistan abstained.',
      '2023-04-07',
    );
    for (const s of ['BLR', 'RUS', 'KGZ', 'TJK']) expect(out).toContain(`un.vote ${s}->UN 2023-04-06`);
    expect(out).toContain('alignment.supported BLR->RUS 2023-04-06');
    expect(out).toContain('alignment.diverged KGZ->RUS 2023-04-06');
  });
  it('gives a one-sided account of who fired first the day of the shootout named earlier', () => {
    const out = code(
      'Two border guards died in a shootout on the Kyrgyz-Tajik frontier on Tuesday, officials said.\n\nThe Kyrgyz border service said Tajik troops had fired first on a checkpoint.',
      '2024-05-09',
    );
    expect(out).toEqual(['clash TJK->KGZ 2024-05-07']);
  });
  it('dates an absence from "the meeting" by the meeting', () => {
    expect(
      code(
        'Leaders of the Collective Security Treaty Organization met in Bishkek on Thursday. Tajik President Emomali Rahmon did not attend the meeting, sending his prime minister instead.',
        '2019-11-29',
      ),
    ).toEqual(['summit.absent TJK->CSTO 2019-11-28']);
  });
  it('dates a refusal to sign by the meeting it was due at, and reads a customs code as a document', () => {
    expect(
      code(
        "Leaders of the CSTO met in St Petersburg on Monday. Lukashenko declined to sign the Eurasian Economic Union's customs code, which was to be adopted at the meeting.",
        '2016-12-27',
      ),
    ).toContain('declaration.refused BLR->EAEU 2016-12-26');
  });
});

describe("a state's own troops outside the alliance are not the CSTO's", () => {
  it("codes Russian peacekeepers sent to or leaving Nagorno-Karabakh as Russia's, in Azerbaijan", () => {
    expect(code('A Russian peacekeeping contingent was deployed in Nagorno-Karabakh on Tuesday, the Kremlin said.', '2020-11-12')).toEqual([
      'deployment.started RUS->AZE 2020-11-10',
    ]);
    expect(
      code(
        'Russia completed the withdrawal of its peacekeepers from Nagorno-Karabakh on Wednesday, the defence ministry said.',
        '2024-06-13',
      ),
    ).toEqual(['deployment.ended RUS->AZE 2024-06-12']);
  });
  it("keeps a CSTO force that is mostly Russian the CSTO's", () => {
    expect(code('CSTO peacekeepers, mostly Russian paratroopers, arrived in Kazakhstan on Friday.', '2022-01-08')).toEqual([
      'deployment.started CSTO->KAZ 2022-01-07',
    ]);
  });
  it('reads "agreed in May to withdraw its border guards" as an agreed end, dated by the month', () => {
    expect(code('Moscow agreed in May to withdraw its border guards from the airport in Yerevan, officials said.', '2024-07-31')).toEqual([
      'deployment.ended RUS->ARM 2024-05',
    ]);
  });
  it('dates "have begun withdrawing, X confirmed on Wednesday" by the month: the start came before the confirmation', () => {
    expect(
      code('Russia has begun withdrawing its peacekeepers from Nagorno-Karabakh, the Kremlin confirmed on Wednesday.', '2024-04-18'),
    ).toEqual(['deployment.ended RUS->AZE 2024-04']);
  });
});

describe('every outside partner and forum named', () => {
  it('gives each supplier of "X from France and Y from Turkey" a record', () => {
    const out = code(
      'Kazakhstan signed contracts for helicopters from France and armoured vehicles from Turkey on Monday, the defence ministry said.',
      '2025-03-18',
    );
    expect(out).toContain('external.cooperation KAZ->FRA 2025-03-17');
    expect(out).toContain('external.cooperation KAZ->TUR 2025-03-17');
  });
  it('reads exercises "wrapped up" with an outside partner as cooperation, not a CSTO exercise', () => {
    expect(code('Kazakh and Chinese special forces wrapped up a counter-terrorism exercise near Almaty on Tuesday.', '2023-11-30')).toEqual(
      ['external.cooperation KAZ->CHN 2023-11-28'],
    );
  });
  it('gives each forum of "skipped summits of the CIS and the EAEU" a record', () => {
    const out = code('Tokayev skipped summits of the CIS and the Eurasian Economic Union in St Petersburg on Friday.', '2019-12-21');
    expect(out.sort()).toEqual(['summit.absent KAZ->CIS 2019-12-20', 'summit.absent KAZ->EAEU 2019-12-20']);
  });
});

describe('requests, replies and silences', () => {
  it('reads an appeal that invokes the defence clause, with the CSTO (not the attacker) as its target', () => {
    expect(
      code(
        "Yerevan wrote to the CSTO's secretary general on Friday, invoking the treaty's collective defence clause after an Azerbaijani incursion.",
        '2021-07-24',
      ),
    ).toContain('assistance.requested ARM->CSTO 2021-07-23');
    expect(
      code(
        "When Azerbaijani troops crossed into its territory in May last year, Armenia turned to the CSTO, invoking the treaty's mutual defence clause.",
        '2023-05-10',
      ),
    ).toEqual(['assistance.requested ARM->CSTO 2022-05']);
  });
  it('codes a reply that the guarantees do not extend there as a decline', () => {
    expect(
      code(
        "Tajikistan asked the CSTO for help on Monday. The secretariat replied that the bloc's commitments did not extend to undemarcated sections of the border.",
        '2021-08-03',
      ),
    ).toEqual(['assistance.requested TJK->CSTO 2021-08-02', 'assistance.declined CSTO->TJK 2021-08-02']);
  });
  it('codes "had not responded to its appeal" and "an appeal by X produced only" as a request and a decline', () => {
    expect(code('Dushanbe complained on Thursday that the alliance had not responded to its appeal for help.', '2021-08-20')).toContain(
      'assistance.declined CSTO->TJK 2021-08',
    );
    expect(
      code('An appeal by Dushanbe for border reinforcements in 2019 produced only a statement of concern from the alliance.', '2021-08-20'),
    ).toEqual(['assistance.requested TJK->CSTO 2019', 'assistance.declined CSTO->TJK 2019']);
  });
  it('reads "its allies ignored its request" as the subject\'s own request to the alliance', () => {
    const out = code(
      'Armenia, which says its allies ignored its request for help during the war in 2020, sent no troops to the CSTO drills.',
      '2021-10-23',
    );
    expect(out).toContain('assistance.requested ARM->CSTO 2020');
    expect(out).toContain('assistance.declined CSTO->ARM 2020');
  });
  it('codes "sent a team of observers" as a mission to the state that asked', () => {
    expect(
      code('Kyrgyzstan asked the CSTO for assistance on Friday. The bloc sent a team of observers to the border on Sunday.', '2022-09-20'),
    ).toContain('assistance.mission CSTO->KGZ 2022-09-18');
  });
  it('codes refusing "a package of alliance assistance" as turning the help down', () => {
    expect(
      code('Tajikistan refused on Thursday to sign a package of alliance assistance drawn up by the CSTO secretariat.', '2022-11-25'),
    ).toEqual(['assistance.refused_by_requester TJK->CSTO 2022-11-24']);
  });
});

describe('exercises', () => {
  it('reads "does not consider it advisable to host the drills" as a cancellation, dated by the statement', () => {
    expect(
      code(
        "Kyrgyzstan does not consider it advisable to host the bloc's drills this autumn, its defence minister said on Monday.",
        '2025-03-04',
      ),
    ).toEqual(['exercise.cancelled KGZ->CSTO 2025-03-03']);
  });
  it('reads "wrapped up drills ... in western Belarus" as held there, at month precision', () => {
    expect(
      code(
        'Troops from Russia and Belarus wrapped up five days of drills near the town of Baranovichi in western Belarus on Friday, the CSTO joint staff said.',
        '2023-10-07',
      ),
    ).toEqual(['exercise.held BLR->CSTO 2023-10']);
  });
  it('codes "did not send any officers" as a boycott dated by the exercise, not by a relative clause', () => {
    const out = code(
      'The CSTO opened its "Cooperation-2023" exercise in western Belarus on Monday. Kyrgyzstan, which cancelled an exercise of the bloc in 2022, did not send any officers.',
      '2023-10-07',
    );
    expect(out).toContain('exercise.held BLR->CSTO 2023-10-02');
    expect(out).toContain('exercise.boycotted KGZ->BLR 2023-10-02');
  });
});

describe('dates inside other clauses', () => {
  it('does not let a date inside a later "since ..." clause outrank the statement that is the act', () => {
    expect(
      code(
        'Tajikistan will quit the CSTO, its foreign minister told reporters on Friday, going further than at any point since Dushanbe curbed its role in the bloc in April.',
        '2025-09-13',
      ),
    ).toEqual(['membership.withdrawal_announced TJK->CSTO 2025-09-12']);
  });
  it('reads a month followed by its own past-tense clause as past, though the sentence also looks ahead', () => {
    expect(
      code(
        'Kazakhstan has also deepened ties with Ankara, and in November it signed a strategic partnership charter with Turkey that is expected to include joint training.',
        '2025-01-15',
      ),
    ).toEqual(['external.cooperation KAZ->TUR 2024-11']);
  });
  it('takes no partner from a border or an "after ..." adjunct', () => {
    expect(
      code(
        "Kazakh troops held joint drills with Kyrgyz units near the Chinese border last week after the Taliban's return to power in Afghanistan.",
        '2021-10-23',
      ),
    ).toEqual([]);
  });
});

describe('what is not an act', () => {
  it('does not take protesters demanding an exit, or a force that will leave, for a withdrawal', () => {
    expect(code('Hundreds of protesters in Yerevan demanded on Thursday that Armenia quit the CSTO.', '2023-11-24')).toEqual([]);
    expect(code('Tokayev said the CSTO force would leave Kazakhstan within ten days.', '2022-01-11')).toEqual([]);
  });
  it('implies no alignment from the vote of a state outside the alliance (Uzbekistan after 2012)', () => {
    const out = code(
      'The General Assembly voted on Thursday to demand that Russia leave Ukraine. Uzbekistan and Kazakhstan abstained on the text on Ukraine.',
      '2023-02-24',
    );
    expect(out).toContain('un.vote UZB->UN 2023-02-23');
    expect(out).toContain('alignment.diverged KAZ->RUS 2023-02-23');
    expect(out.some((e) => e.startsWith('alignment.') && e.includes('UZB'))).toBe(false);
  });
});
