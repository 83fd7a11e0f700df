"""What the benchmarks share: a seeded server in a process of its own, a signed-in desktop
data folder, and the desktop app run as a measured child process.

Not benchmarks themselves: tests/test_benchmarks_smoke.py runs only the modules directly
in benchmarks/.
"""
