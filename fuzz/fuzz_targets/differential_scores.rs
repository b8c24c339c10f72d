#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| lhs_maturity_fuzz::differential_scores(data));
