#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer). SwiftPM links a Linux executable
/// target with `--defsym main=<Target>_main`, which keeps libFuzzer's own `main` out, so each fuzz
/// target defines `<Target>_main` and hands over to this driver.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
