//! Dates as real documents state them: an exact day, or only a month, a quarter, a season or a
//! year.
//!
//! Exact days use [`jiff::civil::Date`] (re-exported as [`crate::Date`]). Where a source gives
//! less ("by spring 2015", "Q4 2021/22"), a [`PartialDate`] keeps exactly what was said instead of
//! inventing a day.
//!
//! | JSON string      | meaning                                   | displayed as      |
//! |------------------|-------------------------------------------|-------------------|
//! | `"2014-04-08"`   | a day                                     | `8 April 2014`    |
//! | `"2015-03"`      | a month                                   | `March 2015`      |
//! | `"2015-Q2"`      | a calendar quarter                        | `Q2 2015`         |
//! | `"2021/22-Q4"`   | a quarter of the April–March financial year | `Q4 2021/22`    |
//! | `"2015-spring"`  | a season (spring = Mar–May, …, winter = Dec–Feb) | `spring 2015` |
//! | `"2019-early"`   | early, mid or late in a year (Jan–Apr, May–Aug, Sep–Dec) | `early 2019` |
//! | `"2015"`         | a year                                    | `2015`            |
//! | `"2022-10-31T23:59"` | a day with a time of day              | `31 October 2022, 23:59` |

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A season of the year, as used in "by spring 2015".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Season {
    /// March to May.
    Spring,
    /// June to August.
    Summer,
    /// September to November.
    Autumn,
    /// December to the following February (`2015-winter` starts in December 2015).
    Winter,
}

crate::names::names! {
    Season, "season" {
        Spring => "spring",
        Summer => "summer",
        Autumn => "autumn",
        Winter => "winter",
    }
}

impl Season {
    fn first_month(self) -> i8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
}

/// A third of a year, as in "early 2019".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum YearPart {
    /// January to April.
    Early,
    /// May to August.
    Mid,
    /// September to December.
    Late,
}

crate::names::names! {
    YearPart, "year part" {
        Early => "early",
        Mid => "mid",
        Late => "late",
    }
}

impl YearPart {
    fn first_month(self) -> i8 {
        match self {
            YearPart::Early => 1,
            YearPart::Mid => 5,
            YearPart::Late => 9,
        }
    }
}

/// A date known to a day (possibly with a time of day), a month, a quarter, a season, a third
/// of a year or a year.
///
/// ```
/// use yousaid::PartialDate;
/// let by: PartialDate = "2015-spring".parse().unwrap();
/// assert_eq!(by.to_string(), "spring 2015");
/// assert_eq!(by.first_day().to_string(), "2015-03-01");
/// assert_eq!(by.last_day().to_string(), "2015-05-31");
/// let q: PartialDate = "2021/22-Q4".parse().unwrap();
/// assert_eq!(q.to_string(), "Q4 2021/22");
/// assert_eq!(q.first_day().to_string(), "2022-01-01");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// An exact day.
    Day(Date),
    /// A calendar month: year and month (1–12).
    Month(i16, i8),
    /// A calendar quarter: year and quarter (1–4).
    Quarter(i16, i8),
    /// A quarter of the UK public-sector financial year (April to March), identified by the
    /// year in which the financial year starts: `FinancialQuarter(2021, 4)` is "Q4 2021/22",
    /// January to March 2022.
    FinancialQuarter(i16, i8),
    /// A season of a year.
    Season(i16, Season),
    /// A whole year.
    Year(i16),
    /// Early, mid or late in a year.
    YearPart(i16, YearPart),
    /// An exact day with a time of day: hour (0–23) and minute (0–59), as stated ("closed at
    /// 23:59").
    DayTime(Date, i8, i8),
}

/// Why a string is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{input}` is not a date: expected YYYY-MM-DD, YYYY-MM-DDThh:mm, YYYY-MM, YYYY-Qn, YYYY/YY-Qn, YYYY-spring|summer|autumn|winter, YYYY-early|mid|late or YYYY"
)]
pub struct DateParseError {
    input: String,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month (1–12).
pub(crate) fn month_name(month: i8) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// Formats an exact date the way British public documents do: `8 April 2014`.
///
/// ```
/// # use yousaid::{date::long_date, Date};
/// assert_eq!(long_date(Date::constant(2014, 4, 8)), "8 April 2014");
/// ```
pub fn long_date(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

// Arithmetic in i32: a `PartialDate` built in code may hold any year, month or quarter, and
// nothing here may overflow or panic on it.
fn month_start(year: i32, month: i32) -> Date {
    // Out-of-range values were refused at parse time; fall back to the earliest day.
    i16::try_from(year)
        .ok()
        .zip(i8::try_from(month).ok())
        .and_then(|(y, m)| Date::new(y, m, 1).ok())
        .unwrap_or(Date::MIN)
}

fn month_end(year: i32, month: i32) -> Date {
    month_start(year, month).last_of_month()
}

fn add_months(year: i32, month: i32, add: i32) -> (i32, i32) {
    let zero_based = month - 1 + add;
    (
        year + zero_based.div_euclid(12),
        zero_based.rem_euclid(12) + 1,
    )
}

/// The two-digit end year of a financial year: 22 for 2021/22.
fn next_two_digits(year: i16) -> i32 {
    (i32::from(year) + 1).rem_euclid(100)
}

impl PartialDate {
    /// The first day the date could mean.
    pub fn first_day(&self) -> Date {
        match *self {
            PartialDate::Day(d) | PartialDate::DayTime(d, _, _) => d,
            PartialDate::YearPart(y, p) => month_start(y.into(), p.first_month().into()),
            PartialDate::Month(y, m) => month_start(y.into(), m.into()),
            PartialDate::Quarter(y, q) => month_start(y.into(), (i32::from(q) - 1) * 3 + 1),
            PartialDate::FinancialQuarter(y, q) => {
                let (y, m) = add_months(y.into(), 4, (i32::from(q) - 1) * 3);
                month_start(y, m)
            }
            PartialDate::Season(y, s) => month_start(y.into(), s.first_month().into()),
            PartialDate::Year(y) => month_start(y.into(), 1),
        }
    }

    /// The last day the date could mean: "by spring 2015" is met on or before 31 May 2015.
    pub fn last_day(&self) -> Date {
        match *self {
            PartialDate::Day(d) | PartialDate::DayTime(d, _, _) => d,
            PartialDate::YearPart(y, p) => {
                let (y, m) = add_months(y.into(), p.first_month().into(), 3);
                month_end(y, m)
            }
            PartialDate::Month(y, m) => month_end(y.into(), m.into()),
            PartialDate::Quarter(y, q) => month_end(y.into(), i32::from(q) * 3),
            PartialDate::FinancialQuarter(y, q) => {
                let (y, m) = add_months(y.into(), 4, (i32::from(q) - 1) * 3 + 2);
                month_end(y, m)
            }
            PartialDate::Season(y, s) => {
                let (y, m) = add_months(y.into(), s.first_month().into(), 2);
                month_end(y, m)
            }
            PartialDate::Year(y) => month_end(y.into(), 12),
        }
    }

    /// The exact day, if the date is known to the day (with or without a time).
    pub fn as_day(&self) -> Option<Date> {
        match *self {
            PartialDate::Day(d) | PartialDate::DayTime(d, _, _) => Some(d),
            _ => None,
        }
    }

    /// True when the date is known only to a month, quarter, season, part of a year or year.
    pub fn is_approximate(&self) -> bool {
        !matches!(self, PartialDate::Day(_) | PartialDate::DayTime(..))
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> Self {
        PartialDate::Day(d)
    }
}

fn parse_year(s: &str) -> Option<i16> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i16 = s.parse().ok()?;
    (1..=9998).contains(&y).then_some(y)
}

/// Exactly two ASCII digits, as a number.
fn two_digits(s: &str) -> Option<i8> {
    match s.as_bytes() {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => Some(((a - b'0') * 10 + (b - b'0')) as i8),
        _ => None,
    }
}

fn parse_quarter(s: &str) -> Option<i8> {
    match s {
        "Q1" => Some(1),
        "Q2" => Some(2),
        "Q3" => Some(3),
        "Q4" => Some(4),
        _ => None,
    }
}

impl FromStr for PartialDate {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateParseError {
            input: s.to_owned(),
        };
        if let Some(y) = parse_year(s) {
            return Ok(PartialDate::Year(y));
        }
        // Financial year: "2021/22-Q4".
        if let Some((fy, q)) = s.split_once('-')
            && let Some((start, end)) = fy.split_once('/')
        {
            let y = parse_year(start).ok_or_else(err)?;
            let end_ok = end.len() == 2 && end.parse::<i32>().ok() == Some(next_two_digits(y));
            let q = parse_quarter(q).ok_or_else(err)?;
            return if end_ok {
                Ok(PartialDate::FinancialQuarter(y, q))
            } else {
                Err(err())
            };
        }
        let (head, rest) = s.split_once('-').ok_or_else(err)?;
        let y = parse_year(head).ok_or_else(err)?;
        if let Some(q) = parse_quarter(rest) {
            return Ok(PartialDate::Quarter(y, q));
        }
        let season = match rest {
            "spring" => Some(Season::Spring),
            "summer" => Some(Season::Summer),
            "autumn" => Some(Season::Autumn),
            "winter" => Some(Season::Winter),
            _ => None,
        };
        if let Some(season) = season {
            return Ok(PartialDate::Season(y, season));
        }
        let part = match rest {
            "early" => Some(YearPart::Early),
            "mid" => Some(YearPart::Mid),
            "late" => Some(YearPart::Late),
            _ => None,
        };
        if let Some(part) = part {
            return Ok(PartialDate::YearPart(y, part));
        }
        // A day with a time of day: "2022-10-31T23:59".
        if let Some((day, time)) = rest.split_once('T') {
            let (h, m) = time.split_once(':').ok_or_else(err)?;
            let (Some(h), Some(m)) = (two_digits(h), two_digits(m)) else {
                return Err(err());
            };
            if h > 23 || m > 59 {
                return Err(err());
            }
            let Some((mo, d)) = day.split_once('-') else {
                return Err(err());
            };
            let (Some(mo), Some(d)) = (two_digits(mo), two_digits(d)) else {
                return Err(err());
            };
            return Date::new(y, mo, d)
                .map(|date| PartialDate::DayTime(date, h, m))
                .map_err(|_| err());
        }
        if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
            let m: i8 = rest.parse().map_err(|_| err())?;
            return if (1..=12).contains(&m) {
                Ok(PartialDate::Month(y, m))
            } else {
                Err(err())
            };
        }
        if let Some((m, d)) = rest.split_once('-')
            && let (Some(m), Some(d)) = (two_digits(m), two_digits(d))
        {
            // `Date::new` checks the day against the month and leap years; jiff's own parser
            // would also take times and offsets, and costs more code than this.
            return Date::new(y, m, d).map(PartialDate::Day).map_err(|_| err());
        }
        Err(err())
    }
}

impl PartialDate {
    /// The canonical JSON form (`2015-spring`, `2021/22-Q4`, `2014-04-08`).
    pub fn to_iso(&self) -> String {
        match *self {
            PartialDate::Day(d) => d.to_string(),
            PartialDate::Month(y, m) => format!("{y:04}-{m:02}"),
            PartialDate::Quarter(y, q) => format!("{y:04}-Q{q}"),
            PartialDate::FinancialQuarter(y, q) => {
                format!("{y:04}/{:02}-Q{q}", next_two_digits(y))
            }
            PartialDate::Season(y, s) => format!("{y:04}-{}", s.as_str()),
            PartialDate::Year(y) => format!("{y:04}"),
            PartialDate::YearPart(y, p) => format!("{y:04}-{}", p.as_str()),
            PartialDate::DayTime(d, h, m) => format!("{d}T{h:02}:{m:02}"),
        }
    }
}

/// Displays the date for readers: `8 April 2014`, `March 2015`, `Q2 2015`, `Q4 2021/22`,
/// `spring 2015`, `early 2019`, `2015`, `31 October 2022, 23:59`.
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PartialDate::Day(d) => f.write_str(&long_date(d)),
            PartialDate::Month(y, m) => write!(f, "{} {y}", month_name(m)),
            PartialDate::Quarter(y, q) => write!(f, "Q{q} {y}"),
            PartialDate::FinancialQuarter(y, q) => {
                write!(f, "Q{q} {y}/{:02}", next_two_digits(y))
            }
            PartialDate::Season(y, s) => write!(f, "{} {y}", s.as_str()),
            PartialDate::Year(y) => write!(f, "{y}"),
            PartialDate::YearPart(y, p) => write!(f, "{} {y}", p.as_str()),
            PartialDate::DayTime(d, h, m) => write!(f, "{}, {h:02}:{m:02}", long_date(d)),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a date such as 2014-04-08, 2022-10-31T23:59, 2015-03, 2015-Q2, 2021/22-Q4, 2015-spring, 2019-early or 2015",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date known to a day (2014-04-08), a day and time (2022-10-31T23:59), month (2015-03), calendar quarter (2015-Q2), financial-year quarter (2021/22-Q4), season (2015-spring), part of a year (2019-early, 2019-mid, 2019-late) or year (2015).",
            "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-[0-3][0-9](T([01][0-9]|2[0-3]):[0-5][0-9])?)?|-Q[1-4]|/[0-9]{2}-Q[1-4]|-(spring|summer|autumn|winter|early|mid|late))?$"
        })
    }
}

/// Reads an exact date: `YYYY-MM-DD` and nothing else (no week dates, times or time zones),
/// with a year from 0001 to 9998 as for [`PartialDate`].
///
/// ```
/// # use yousaid::date::parse_exact;
/// assert_eq!(parse_exact("2014-04-08").unwrap().to_string(), "2014-04-08");
/// assert!(parse_exact("20140408").is_err());
/// assert!(parse_exact("2014-04-08T10:00").is_err());
/// assert!(parse_exact("2014-04").is_err());
/// ```
pub fn parse_exact(s: &str) -> Result<Date, ExactDateError> {
    match s.parse::<PartialDate>() {
        Ok(PartialDate::Day(d)) => Ok(d),
        _ => Err(ExactDateError {
            input: s.to_owned(),
        }),
    }
}

/// Why a string is not an exact date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not an exact date: expected YYYY-MM-DD")]
pub struct ExactDateError {
    input: String,
}

/// Serde for exact dates as `YYYY-MM-DD`, stricter than [`Date`]'s own (which also takes
/// times, offsets and other ISO 8601 forms that would not survive a round trip).
pub(crate) mod exact {
    use super::{Date, parse_exact};
    use serde::{Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Date, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                parse_exact(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// [`exact`] for optional fields (`#[serde(default)]` supplies `None` when absent).
pub(crate) mod exact_opt {
    use super::Date;
    use serde::{Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        date: &Option<Date>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => super::exact::serialize(d, serializer),
            None => serializer.serialize_none(),
        }
    }

    /// `null` is read as absent, as for every other optional field.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        #[derive(serde::Deserialize)]
        struct Exact(#[serde(with = "super::exact")] Date);
        let value: Option<Exact> = serde::Deserialize::deserialize(deserializer)?;
        Ok(value.map(|Exact(d)| d))
    }
}

/// JSON Schema for an exact [`Date`] (`YYYY-MM-DD`), used with `#[schemars(with = ..)]`.
pub(crate) struct DateSchema;

impl schemars::JsonSchema for DateSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            "description": "An exact calendar date, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_round_trips() {
        for s in [
            "2014-04-08",
            "2015-03",
            "2015-Q2",
            "2021/22-Q4",
            "1999/00-Q1",
            "2015-spring",
            "2015-winter",
            "2019-early",
            "2019-mid",
            "2019-late",
            "2022-10-31T23:59",
            "2022-10-31T00:00",
            "2015",
        ] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.to_iso(), s);
        }
    }

    #[test]
    fn bounds() {
        let w: PartialDate = "2015-winter".parse().unwrap();
        assert_eq!(w.first_day(), Date::constant(2015, 12, 1));
        assert_eq!(w.last_day(), Date::constant(2016, 2, 29));
        let fq: PartialDate = "2021/22-Q1".parse().unwrap();
        assert_eq!(fq.first_day(), Date::constant(2021, 4, 1));
        assert_eq!(fq.last_day(), Date::constant(2021, 6, 30));
        let q: PartialDate = "2015-Q4".parse().unwrap();
        assert_eq!(q.last_day(), Date::constant(2015, 12, 31));
    }

    #[test]
    fn refuses_nonsense() {
        for s in [
            "",
            "15",
            "2015-13",
            "2015-Q5",
            "2021/23-Q1",
            "2015-02-30",
            "spring",
            "2015-fall",
            "20150",
            "2015-1",
            "0000",
            "2019-middle",
            "2022-10-31T24:00",
            "2022-10-31T23:60",
            "2022-10-31T23",
            "2022-10-31T23:59:00",
            "2022-10-31T23:59Z",
            "2022-02-30T10:00",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn any_value_built_in_code_is_safe() {
        let seasons = [
            Season::Spring,
            Season::Summer,
            Season::Autumn,
            Season::Winter,
        ];
        for y in [i16::MIN, -1, 0, 1, 9999, i16::MAX] {
            for n in [i8::MIN, -1, 0, 1, 4, 5, 12, 13, i8::MAX] {
                for d in [
                    PartialDate::Month(y, n),
                    PartialDate::Quarter(y, n),
                    PartialDate::FinancialQuarter(y, n),
                    PartialDate::Season(y, seasons[n.rem_euclid(4) as usize]),
                    PartialDate::Year(y),
                    PartialDate::YearPart(y, YearPart::Late),
                    PartialDate::DayTime(Date::MIN, n, n),
                ] {
                    let _ = (d.first_day(), d.last_day(), d.to_iso(), d.to_string());
                }
            }
        }
    }

    #[test]
    fn parts_of_a_year_and_times() {
        let e: PartialDate = "2019-early".parse().unwrap();
        assert_eq!(
            (e.first_day(), e.last_day(), e.to_string()),
            (
                Date::constant(2019, 1, 1),
                Date::constant(2019, 4, 30),
                "early 2019".to_owned()
            )
        );
        let m: PartialDate = "2019-mid".parse().unwrap();
        assert_eq!(
            (m.first_day(), m.last_day()),
            (Date::constant(2019, 5, 1), Date::constant(2019, 8, 31))
        );
        let l: PartialDate = "2019-late".parse().unwrap();
        assert_eq!(
            (l.first_day(), l.last_day()),
            (Date::constant(2019, 9, 1), Date::constant(2019, 12, 31))
        );
        let t: PartialDate = "2022-10-31T23:59".parse().unwrap();
        assert_eq!(t.to_string(), "31 October 2022, 23:59");
        assert_eq!(
            (t.first_day(), t.last_day()),
            (Date::constant(2022, 10, 31), Date::constant(2022, 10, 31))
        );
        assert!(!t.is_approximate());
        assert_eq!(t.as_day(), Some(Date::constant(2022, 10, 31)));
    }

    #[test]
    fn display() {
        let d: PartialDate = "2014-04-08".parse().unwrap();
        assert_eq!(d.to_string(), "8 April 2014");
        let m: PartialDate = "2015-03".parse().unwrap();
        assert_eq!(m.to_string(), "March 2015");
    }
}
