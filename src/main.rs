//! The `tilts` command: parse arguments, run, print the error chain, exit.

fn main() {
    std::process::exit(tilts::cli::main());
}
