// Brazil's national (federal) holidays, 2025–2030.
//
// Source: Lei 662/1949 art. 1 as amended by Lei 10.607/2002 (1 Jan, 21 Apr, 1 May, 7 Sep, 2 Nov, 15 Nov,
// 25 Dec); Lei 6.802/1980 (12 Oct, Nossa Senhora Aparecida); Lei 14.759/2023 (20 Nov, Zumbi e Consciência
// Negra, national from 2024). Left out on purpose: Carnival Monday/Tuesday and Corpus Christi are "pontos
// facultativos" (optional days for federal staff), not holidays by law; Good Friday is a religious holiday
// that municipalities declare under Lei 9.093/1995 art. 2, not a federal one. Holidays on a weekend are not
// moved in Brazil. LGPD art. 19 counts calendar days, so the engine does not need these yet.
import type { HolidayCalendar } from "./holiday-calendar";

export const BR_NATIONAL_HOLIDAYS: HolidayCalendar = {
  name: "Brazil national holidays",
  firstYear: 2025,
  lastYear: 2030,
  dates: {
    2025: [
      "2025-01-01", // Wed Confraternização Universal
      "2025-04-21", // Mon Tiradentes
      "2025-05-01", // Thu Dia do Trabalho
      "2025-09-07", // Sun Independência do Brasil
      "2025-10-12", // Sun Nossa Senhora Aparecida
      "2025-11-02", // Sun Finados
      "2025-11-15", // Sat Proclamação da República
      "2025-11-20", // Thu Dia Nacional de Zumbi e da Consciência Negra
      "2025-12-25", // Thu Natal
    ],
    2026: [
      "2026-01-01", // Thu Confraternização Universal
      "2026-04-21", // Tue Tiradentes
      "2026-05-01", // Fri Dia do Trabalho
      "2026-09-07", // Mon Independência do Brasil
      "2026-10-12", // Mon Nossa Senhora Aparecida
      "2026-11-02", // Mon Finados
      "2026-11-15", // Sun Proclamação da República
      "2026-11-20", // Fri Dia Nacional de Zumbi e da Consciência Negra
      "2026-12-25", // Fri Natal
    ],
    2027: [
      "2027-01-01", // Fri Confraternização Universal
      "2027-04-21", // Wed Tiradentes
      "2027-05-01", // Sat Dia do Trabalho
      "2027-09-07", // Tue Independência do Brasil
      "2027-10-12", // Tue Nossa Senhora Aparecida
      "2027-11-02", // Tue Finados
      "2027-11-15", // Mon Proclamação da República
      "2027-11-20", // Sat Dia Nacional de Zumbi e da Consciência Negra
      "2027-12-25", // Sat Natal
    ],
    2028: [
      "2028-01-01", // Sat Confraternização Universal
      "2028-04-21", // Fri Tiradentes
      "2028-05-01", // Mon Dia do Trabalho
      "2028-09-07", // Thu Independência do Brasil
      "2028-10-12", // Thu Nossa Senhora Aparecida
      "2028-11-02", // Thu Finados
      "2028-11-15", // Wed Proclamação da República
      "2028-11-20", // Mon Dia Nacional de Zumbi e da Consciência Negra
      "2028-12-25", // Mon Natal
    ],
    2029: [
      "2029-01-01", // Mon Confraternização Universal
      "2029-04-21", // Sat Tiradentes
      "2029-05-01", // Tue Dia do Trabalho
      "2029-09-07", // Fri Independência do Brasil
      "2029-10-12", // Fri Nossa Senhora Aparecida
      "2029-11-02", // Fri Finados
      "2029-11-15", // Thu Proclamação da República
      "2029-11-20", // Tue Dia Nacional de Zumbi e da Consciência Negra
      "2029-12-25", // Tue Natal
    ],
    2030: [
      "2030-01-01", // Tue Confraternização Universal
      "2030-04-21", // Sun Tiradentes
      "2030-05-01", // Wed Dia do Trabalho
      "2030-09-07", // Sat Independência do Brasil
      "2030-10-12", // Sat Nossa Senhora Aparecida
      "2030-11-02", // Sat Finados
      "2030-11-15", // Fri Proclamação da República
      "2030-11-20", // Wed Dia Nacional de Zumbi e da Consciência Negra
      "2030-12-25", // Wed Natal
    ],
  },
};
