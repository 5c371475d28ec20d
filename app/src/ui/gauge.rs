//! A ring gauge for a share out of 100 (coverage, scorecards), coloured by how good it is.

use leptos::prelude::*;

/// The tone class of a value: 80 and up is good, 50 and up fair, below that poor.
pub fn gauge_tone(value: f64) -> &'static str {
    if value >= 80.0 {
        "gauge--good"
    } else if value >= 50.0 {
        "gauge--fair"
    } else {
        "gauge--poor"
    }
}

/// A ring filled to `value` percent with the number in the middle.
#[component]
pub fn Gauge(
    /// 0 to 100; values outside are clamped.
    value: f64,
    /// What is measured ("Test coverage").
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let value = value.clamp(0.0, 100.0);
    let radius = 40.0;
    let circumference = 2.0 * std::f64::consts::PI * radius;
    let dash = format!("{:.1} {:.1}", circumference * value / 100.0, circumference);
    view! {
        <figure class=format!("gauge {}", gauge_tone(value))>
            <svg viewBox="0 0 100 100" role="img" aria-label=format!("{label}: {value:.0}%")>
                <circle class="gauge__track" cx="50" cy="50" r=radius />
                <circle class="gauge__value" cx="50" cy="50" r=radius stroke-dasharray=dash transform="rotate(-90 50 50)" />
                <text x="50" y="55" text-anchor="middle" class="gauge__number">{format!("{value:.0}%")}</text>
            </svg>
            <figcaption class="gauge__label">{label}</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::gauge_tone;

    #[test]
    fn tones_follow_thresholds() {
        assert_eq!(gauge_tone(95.0), "gauge--good");
        assert_eq!(gauge_tone(50.0), "gauge--fair");
        assert_eq!(gauge_tone(10.0), "gauge--poor");
    }
}
