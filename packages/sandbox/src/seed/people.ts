import type { Random } from '../random/prng';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Minh', 'Đức', 'Quốc', 'Thanh'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh'];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hùng',
  'Khang',
  'Long',
  'Nam',
  'Phúc',
  'Quang',
  'Sơn',
  'Tuấn',
  'Việt',
];
const GIVEN_FEMALE = ['Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Thảo', 'Trang', 'Vy', 'Yến', 'Nhung'];
// Ê Đê and M'nông naming: "Y" before a man's name, "H'" before a woman's, clan name last.
const CLAN = ['Niê', 'Êban', 'Mlô', 'Ayun', 'Byă', 'Adrơng', 'Ktla', 'Buôn Yă', 'Hwing'];
const HIGHLAND_MALE = ['Blu', 'Kô', 'Thông', 'Ngông', 'Jut', 'Khoa', 'Wưn'];
const HIGHLAND_FEMALE = ['Hen', 'Linh', 'Duyên', 'Nhi', 'Ly', 'Ngơm'];

/** A simulated citizen. */
export interface Person {
  fullName: string;
  male: boolean;
  birthYear: number;
  /** 12-digit số định danh: 066 (Đắk Lắk) or 054 (Phú Yên) + gender/century digit + YY + 6 digits. */
  citizenId: string;
  phone: string;
}

const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');

/** Draws a simulated citizen of Đắk Lắk (about a fifth with Ê Đê or M'nông names). */
export function drawPerson(random: Random): Person {
  const male = random.chance(0.5);
  const highland = random.chance(0.2);
  const fullName = highland
    ? `${male ? 'Y' : "H'"}${male ? ' ' : ''}${random.pick(male ? HIGHLAND_MALE : HIGHLAND_FEMALE)} ${random.pick(CLAN)}`
    : `${random.pick(FAMILY)} ${random.pick(male ? MIDDLE_MALE : MIDDLE_FEMALE)} ${random.pick(male ? GIVEN_MALE : GIVEN_FEMALE)}`;
  const birthYear = random.int(1945, 2006);
  const century = birthYear >= 2000 ? 2 : 0;
  const genderDigit = century + (male ? 0 : 1);
  const province = random.chance(0.75) ? '066' : '054';
  const citizenId = `${province}${genderDigit}${String(birthYear % 100).padStart(2, '0')}${digits(random, 6)}`;
  const phone = `0${random.pick(['3', '5', '7', '8', '9'])}${digits(random, 8)}`;
  return { fullName, male, birthYear, citizenId, phone };
}
