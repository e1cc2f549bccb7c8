#include <stddef.h>
#include <stdint.h>

#include "FuzzDriver.h"

// Defined in Swift (FuzzEntry.swift) with @_cdecl.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// libFuzzer's driver, linked by -sanitize=fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int closeout_fuzz_main(int argc, char **argv) {
  return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
