# Prints every function whose body is over 100 lines, as FILE:LINE: SIGNATURE
# (N lines). seedgen's style opens and closes a function body at column 0.
/^\{/ { start = FNR; name = prev }
/^\}/ && start { if (FNR - start > 100) printf "%s:%d: %s (%d lines)\n", FILENAME, start, name, FNR - start; start = 0 }
{ if ($0 !~ /^[{}]/ && $0 ~ /^[A-Za-z]/) prev = $0 }
