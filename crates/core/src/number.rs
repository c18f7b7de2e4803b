//! Numbers as people write them: a percentage or weight that is a whole number is saved as
//! `40`, not `40.0`, so a saved file reads like a hand-written one and reproduces its input.

use serde::Serializer;

/// The largest whole number an `f64` holds exactly (2^53).
const EXACT: f64 = 9_007_199_254_740_992.0;

/// Serializes `40.0` as `40` and `12.5` as `12.5`.
pub(crate) fn serialize<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    match *value {
        v if v.fract() == 0.0 && v.abs() <= EXACT => s.serialize_i64(v as i64),
        v => s.serialize_f64(v),
    }
}

/// Serializes `Some(40.0)` as `40` and `Some(12.5)` as `12.5`.
pub(crate) fn serialize_opt<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *value {
        Some(v) if v.fract() == 0.0 && v.abs() <= EXACT => s.serialize_some(&(v as i64)),
        Some(v) => s.serialize_some(&v),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn whole_numbers_have_no_fraction() {
        let entry = crate::ProgressEntry::new(crate::Date::constant(2025, 1, 1)).percent(40.0);
        let json = serde_json::to_string(&entry).unwrap();
        assert_eq!(json, r#"{"date":"2025-01-01","percent":40}"#);
        let entry = entry.percent(12.5);
        assert!(
            serde_json::to_string(&entry)
                .unwrap()
                .contains(r#""percent":12.5"#)
        );
        let entry = entry.percent(-0.0);
        assert!(
            serde_json::to_string(&entry)
                .unwrap()
                .contains(r#""percent":0"#)
        );
    }
}
