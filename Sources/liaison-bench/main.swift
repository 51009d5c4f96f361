import Foundation
import LiaisonCore

// `liaison-bench --first-frame PATH` is the child process the first-frame figure is measured in.
let benchArguments = CommandLine.arguments
if benchArguments.count == 3, benchArguments[1] == "--first-frame" {
    exit(FrontDeskBenchmark.firstFrameChild(path: benchArguments[2]))
}
exit(BenchMain.run(arguments: Array(benchArguments.dropFirst())))
