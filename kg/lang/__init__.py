"""Language data and analysis helpers; ``kg.lang.ar`` holds Arabic."""
