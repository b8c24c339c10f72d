//! The `lhs-maturity` command.

fn main() {
    let fw = lhs_maturity::Framework::builtin();
    println!("{} {}", fw.id(), fw.version());
}
