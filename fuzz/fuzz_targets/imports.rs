#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| lhs_maturity_fuzz::imports(data));
