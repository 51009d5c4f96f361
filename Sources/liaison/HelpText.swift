import LiaisonCore

/// `liaison --help` in both languages.
enum HelpText {
    /// Commands of the contract that later work will build; they say so plainly.
    static let pending: [String: Bilingual] = [:]

    static func text(for command: String, _ language: Language) -> String {
        language == .zh ? zh : en
    }

    static let zh = """
    liaison — 人大代表联络站前台（终端版）

    用法:
      liaison                         打开前台（默认数据库）
      liaison demo [--reset]          用 Data/demo 建立演示站点数据库并打开
      liaison init --station 名称 [--kind station|outpost] [--phone 电话]
                                      建立空的站点数据库
      liaison import representatives|opinions 文件.csv
                                      导入 CSV（UTF-8/带 BOM/GB18030，中文或英文表头）
      liaison export cases|opinions|representatives [--format csv|json] [--since 日期] [--out 文件]
                                      加 --include-personal --reason 理由 --user 管理员：含完整号码（记入审计）
      liaison user add 名称 --role receptionist|representative|admin [--representative 代码]
                                      添加用户（首次运行先建管理员；PIN/密码从标准输入读取）
      liaison user reset 名称 --user 管理员   重设 PIN/密码（并解除锁定）
      liaison user list --user 管理员 用户与角色
      liaison audit [对象] --user 管理员   审计日志：谁在何时因何查看了个人信息（前台：首页按 a）
      liaison retention [--years N] [--dry-run] --user 管理员
                                      案件全部办结满 N 年（默认 3）的来访者个人信息匿名化
      liaison qr 文本 | --representative 代码  [--ecc L|M|Q|H] [--format text|ansi|pbm|svg]
                                      [--scale N] [--mask 0-7] [--min-version N]
      liaison lookup 扫描内容         由扫码内容找到代表
      liaison search 文字|拼音|手机尾号 [--kind opinion|case|visitor|representative] [--limit N]
                                      搜索意见、案件、群众、代表（任意长度中文、wxm/wangxiaoming、尾号≥4位；号码打码）
      liaison report [--month YYYY-MM | --from 日期 --to 日期] [--format text|md|csv|html] [--out 文件]
                                      民意报告：分类/状态/社区统计、三率与按时率、单位排行、代表履职、评价（默认本月）
      liaison export open311 [--since 日期] [--out 文件]
                                      案件导出为 Open311 GeoReport v2 JSON（基层治理平台）
      liaison case list|show|transition|followup
                                      案件：列表、详情、办理动作、回访清单（见 liaison case --help）
      liaison cluster list|show|propose|accept|rename|split|merge
                                      意见聚类：建议聚类、确认、改名、拆分、合并（同 F6“聚类”页）
      liaison suggestion list|show|draft|edit|submit|answer|rate
                                      代表建议：由聚类起草、提交交办、登记答复（生成回访清单）、代表评价
      liaison consultation list | export 编号 --format csv|md [--out 文件]
                                      征求意见：列表（截止日期、意见数），导出某项的全部意见
      liaison backup 文件             一致性备份（其他前台写入时也可）
      liaison check                   完整性与业务规则检查
      liaison sync [status]           离线同步：伙伴、上次往来、待发变更、待核对
      liaison sync outpost 名称 文件  新建联络点，并生成它的数据库（共享密钥已登记）
      liaison sync enrol 站点 [--key 十六进制]   登记同步伙伴或更换共享密钥
      liaison sync export 文件 [--to 站点] [--new-only]   导出对方尚未确认收到的全部变更
      liaison sync import 文件 [--receipt 回执]   校验后一次性导入（全部或全不），写出回执
      liaison sync ack 回执文件       导入对方回执   liaison sync review [--all]  未能合并的变更
      liaison generate [--opinions N] [--representatives N] [--stations N] [--seed S] [--force]
                                      生成新的合成数据库（默认 100 万意见/8.7 万代表/1500 站，写入 generated.db）

    通用选项:
      --db 路径     数据库（否则 $LIAISON_DB，否则 $XDG_DATA_HOME/liaison/liaison.db）
      --lang zh|en  界面语言（否则取自 LANG）
      --theme 名称  配色主题   --ascii  纯 ASCII 边框
      --user 名称   以该用户登录（PIN 取自 $LIAISON_PIN，否则在终端输入、不回显）；站点有用户后，
                    读写数据的命令（导入、导出、案件、报表、搜索、备份等）都须登录，只按角色授权；
                    首次运行（尚无用户）与演示站点不必登录
      --help  --version
    选项可放在参数前后；“--”之后都是参数。出错时信息写到 stderr，用法错误退出码为 2。
    """

    static let en = """
    liaison — the front desk of a representative liaison station, in a terminal

    Usage:
      liaison                         open the front desk on the default database
      liaison demo [--reset]          create a demo station database from Data/demo, then open it
      liaison init --station NAME [--kind station|outpost] [--phone PHONE]
                                      create an empty station database
      liaison import representatives|opinions FILE.csv
                                      import CSV (UTF-8, with BOM, or GB18030; Chinese or English headers)
      liaison export cases|opinions|representatives [--format csv|json] [--since DATE] [--out FILE]
                                      with --include-personal --reason WHY --user ADMIN: full numbers (audited)
      liaison user add NAME --role receptionist|representative|admin [--representative CODE]
                                      add a user (first run: the admin; PIN/password read from stdin)
      liaison user reset NAME --user ADMIN   set a new PIN/password (lifts a lockout)
      liaison user list --user ADMIN  users and roles
      liaison audit [SUBJECT] --user ADMIN   audit log: who looked at personal data, when, why (desk: a on home)
      liaison retention [--years N] [--dry-run] --user ADMIN
                                      anonymise visitors whose cases all closed N years ago (default 3)
      liaison qr TEXT | --representative CODE  [--ecc L|M|Q|H] [--format text|ansi|pbm|svg]
                                      [--scale N] [--mask 0-7] [--min-version N]
      liaison lookup SCANNED-TEXT     resolve a scanned code to a representative
      liaison search TEXT|PINYIN|PHONE-SUFFIX [--kind opinion|case|visitor|representative] [--limit N]
                                      search opinions, cases, visitors, representatives (Chinese of any length,
                                      wxm/wangxiaoming, 4+ digit phone suffix; phones shown masked)
      liaison report [--month YYYY-MM | --from DATE --to DATE] [--format text|md|csv|html] [--out FILE]
                                      station report: counts, the three rates and on-time rate, department league,
                                      representative performance, evaluation (default: this month)
      liaison export open311 [--since DATE] [--out FILE]
                                      cases as Open311 GeoReport v2 JSON (grassroots governance platform)
      liaison case list|show|transition|followup
                                      cases: list, detail, lifecycle actions, follow-up worklist
      liaison cluster list|show|propose|accept|rename|split|merge
                                      opinion clusters: proposals, accept, rename, split, merge (F6 Clusters page)
      liaison suggestion list|show|draft|edit|submit|answer|rate
                                      suggestions: draft from a cluster, submit, record the answer (fills the
                                      follow-up list), the representative's rating
      liaison consultation list | export ID --format csv|md [--out FILE]
                                      consultations (deadline, opinions) and every opinion on one
      liaison backup FILE             consistent copy, even while other desks write
      liaison check                   SQLite integrity plus Liaison's own invariants
      liaison sync [status]           offline sync: peers, last exchanges, pending changes, review
      liaison sync outpost NAME FILE  add an outpost and write its database (shared key enrolled)
      liaison sync enrol STATION [--key HEX]   enrol a sync peer or replace its shared key
      liaison sync export FILE [--to STATION] [--new-only]   everything the peer has not acknowledged
      liaison sync import FILE [--receipt FILE]   verify, apply all or nothing, write a receipt
      liaison sync ack RECEIPT        read the peer's receipt   liaison sync review [--all]  unmerged changes
      liaison generate [--opinions N] [--representatives N] [--stations N] [--seed S] [--force]
                                      a NEW synthetic database (default 1M opinions, 87k representatives,
                                      1,500 stations; written to generated.db unless --db)

    Common options:
      --db PATH     database (else $LIAISON_DB, else $XDG_DATA_HOME/liaison/liaison.db)
      --lang zh|en  language (else from LANG)
      --theme NAME  colour theme   --ascii  ASCII borders
      --user NAME   sign in as NAME (PIN from $LIAISON_PIN, else typed at the terminal without echo); once the
                    station has users, commands that read or change its data (import, export, case, report,
                    search, backup, …) need it and follow the role; first run (no users) and the demo need none
      --help  --version
    Options may stand before or after the arguments; `--` ends the options.
    Errors go to stderr; usage errors exit 2.
    """
}
