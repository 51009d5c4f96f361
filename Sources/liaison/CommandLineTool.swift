import Foundation
import LiaisonCore

/// Dispatches `liaison SUBCOMMAND …` and turns errors into messages and exit codes.
enum CommandLineTool {
    static let version = "0.1.0"

    static func run(_ raw: [String], environment: [String: String]) -> Int32 {
        let arguments: Arguments
        let context: Context
        do {
            arguments = try Arguments.parse(raw)
            context = try Context(arguments: arguments, environment: environment)
        } catch let usage as Arguments.UsageError {
            let lang = Language.resolve(flag: nil, environment: environment)
            FileHandle.standardError.write(Data(("liaison: " + usage.message(lang) + "\n").utf8))
            return ExitCode.usage
        } catch {
            return ExitCode.failure
        }
        if arguments.has("version") {
            context.say("liaison \(version)")
            return ExitCode.success
        }
        let command = arguments.positionals.first ?? ""
        if arguments.has("help") {
            context.say(HelpText.text(for: command, context.language))
            return ExitCode.success
        }
        let rest = Array(arguments.positionals.dropFirst())
        do {
            switch command {
            case "": return try FrontDeskCommand.run(context, demo: false)
            case "demo": return try DemoCommand.run(context)
            case "init": return try InitCommand.run(context)
            case "import": return try ImportCommand.run(context, rest)
            case "export" where rest.first == "open311": return try Open311Command.run(context, Array(rest.dropFirst()))
            case "export": return try ExportCommand.run(context, rest)
            case "backup": return try BackupCommand.run(context, rest)
            case "sync": return try SyncCommand.run(context, rest)
            case "check": return try CheckCommand.run(context)
            case "qr": return try QRCommand.run(context, rest)
            case "case": return try CaseCommand.run(context, rest)
            case "cluster": return try ClusterCommand.run(context, rest)
            case "suggestion": return try SuggestionCommand.run(context, rest)
            case "consultation": return try ConsultationCommand.run(context, rest)
            case "lookup": return try LookupCommand.run(context, rest)
            case "search": return try SearchCommand.run(context, rest)
            case "report": return try ReportCommand.run(context, rest)
            case "user": return try UserCommand.run(context, rest)
            case "audit": return try UserCommand.audit(context, rest)
            case "retention": return try RetentionCommand.run(context, rest)
            case "generate": return try GenerateCommand.run(context)
            case "test-writer": return try TestWriterCommand.run(context)
            case "help": context.say(HelpText.text(for: rest.first ?? "", context.language)); return ExitCode.success
            default:
                if let pending = HelpText.pending[command] {
                    context.err(pending)
                    return ExitCode.failure
                }
                context.err(Bilingual("未知命令“\(command)”（见 liaison --help）", "unknown command “\(command)” (see liaison --help)"))
                return ExitCode.usage
            }
        } catch let usage as Arguments.UsageError {
            context.err("liaison: " + usage.message(context.language))
            return ExitCode.usage
        } catch let error as LiaisonError {
            context.err("liaison: " + error.message(context.language))
            return ExitCode.failure
        } catch {
            context.err("liaison: \(error)")
            return ExitCode.failure
        }
    }
}
