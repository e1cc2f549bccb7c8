// The executable's entry point for SwiftPM, which links `main` to `closeout_fuzz_main`: it hands
// over to libFuzzer's driver with the Swift entry point `LLVMFuzzerTestOneInput`.
int closeout_fuzz_main(int argc, char **argv);
