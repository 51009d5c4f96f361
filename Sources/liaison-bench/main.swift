import LiaisonCore

print("liaison-bench")
for line in qrBenchmarkLines() {
    print(line)
}
