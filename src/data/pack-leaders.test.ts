import { describe, expect, it } from 'vitest';
import { loadPack } from './pack.js';
import { leadersOn } from '../domain/index.js';

const pack = loadPack();
const on = (country: string, day: string) => leadersOn(pack.leaders, pack.councilSeats, country, day);

describe('leadersOn() on the CSTO pack', () => {
  it('hands Kazakhstan from Nazarbayev to Tokayev in March 2019', () => {
    expect(on('KAZ', '2019-03-19').head_of_state?.name).toMatch(/Nazarbayev/);
    expect(on('KAZ', '2019-03-20').head_of_state?.name).toMatch(/Tokayev/);
    expect(on('KAZ', '2022-01-05').head_of_state?.name).toMatch(/Tokayev/);
  });
  it('follows Kyrgyzstan from Atambayev to Jeenbekov to Zhaparov', () => {
    expect(on('KGZ', '2015-06-01').head_of_state?.name).toMatch(/Atambayev/);
    expect(on('KGZ', '2019-06-01').head_of_state?.name).toMatch(/Jeenbekov/);
    expect(on('KGZ', '2022-10-07').head_of_state?.name).toMatch(/Japarov|Zhaparov/);
  });
  it("seats Armenia's prime minister on the Council since 2018", () => {
    const arm = on('ARM', '2022-09-13');
    expect(arm.council_role).toBe('head_of_government');
    expect(arm.head_of_government?.name).toMatch(/Pashinyan/);
    expect(on('ARM', '2016-01-01').council_role).toBe('head_of_state');
  });
  it('fills the gaps between presidents with the acting heads of state', () => {
    const blr = on('BLR', '1994-01-27').head_of_state;
    expect(blr?.name).toMatch(/Kuznyatsou/);
    expect(blr?.acting).toBe(true);
    expect(on('BLR', '1994-01-28').head_of_state?.name).toMatch(/Hryb/);
    const uzb = on('UZB', '2016-09-05').head_of_state;
    expect(uzb?.name).toMatch(/Yuldashev/);
    expect(uzb?.acting).toBe(true);
    expect(on('UZB', '2016-09-08').head_of_state?.name).toMatch(/Mirziyoyev/);
  });
  it('seats presidents for the other members', () => {
    expect(on('BLR', '2022-09-13').council_role).toBe('head_of_state');
    expect(on('BLR', '2022-09-13').head_of_state?.name).toMatch(/Lukashenk/);
  });
});
