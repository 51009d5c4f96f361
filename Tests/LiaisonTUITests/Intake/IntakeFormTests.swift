import Foundation
import Testing
@testable import LiaisonCore
@testable import LiaisonTUI

@Suite("Intake form model: validation, suggestions, drafts")
struct IntakeFormTests {
    func form() throws -> (IntakeForm, FrontDeskFixture) {
        let f = try FrontDeskFixture()
        var choices = IntakeForm.Choices()
        choices.categories = f.store.categories
        choices.representatives = [("r1", "王建国"), ("r2", "王丽"), ("r3", "陈明")]
        return (IntakeForm(choices: choices), f)
    }

    /// Focus `field` by tabbing from wherever the form is.
    func focus(_ form: inout IntakeForm, _ field: IntakeField) {
        var guardCount = 0
        while form.focus != field, guardCount < 40 { _ = form.handle(.key(.tab)); guardCount += 1 }
    }

    @Test func eachFieldGetsItsOwnMessageOnLeaving() throws {
        var (form, _) = try form()
        focus(&form, .phone)
        _ = form.handle(.text("1381234"))
        _ = form.handle(.key(.tab))
        let phoneMessage = try #require(form.errors[.phone])
        #expect(throws: ValidationError.self) { try PhoneNumber.validate("1381234") }
        do { _ = try PhoneNumber.validate("1381234") } catch let e as ValidationError { #expect(phoneMessage == e.message) }

        _ = form.handle(.text("110101199003071234"))   // wrong check digit
        _ = form.handle(.key(.tab))
        let idMessage = try #require(form.errors[.residentID])
        do { _ = try ResidentID.validate("110101199003071234") ; Issue.record("ID should be refused") }
        catch let e as ValidationError { #expect(idMessage == e.message) }

        _ = form.handle(.key(.backspace))
        _ = form.handle(.text("0"))
        _ = form.handle(.key(.tab))
        #expect(form.errors[.groupSize] == Catalogue.groupSizeMessage)
        // Correcting a field clears its message as soon as it is typed in.
        focus(&form, .phone)
        _ = form.handle(.key(.ctrl("u")))
        #expect(form.errors[.phone] == nil)
    }

    @Test func saveRefusesEmptyTextAndMissingCategoryAndFocusesTheField() throws {
        var (form, _) = try form()
        #expect(form.handle(.key(.ctrl("s"))) == .invalid)
        #expect(form.focus == .text)
        #expect(form.errors[.text] == Catalogue.textMissing)
        focus(&form, .text)
        _ = form.handle(.text("我有个问题想咨询一下"))   // no keyword hint
        #expect(form.handle(.key(.ctrl("s"))) == .invalid)
        #expect(form.focus == .category)
        #expect(form.errors[.category] == Catalogue.categoryMissing)
        _ = form.handle(.key(.right))
        #expect(form.handle(.key(.ctrl("s"))) == .save)
    }

    @Test func categoryFollowsKeywordsUntilChosenByHand() throws {
        var (form, f) = try form()
        let suggester = CategorySuggester(categories: f.store.categories)
        focus(&form, .text)
        _ = form.handle(.text("小区楼道里的路灯坏了"))
        let first = try #require(suggester.suggest(for: "小区楼道里的路灯坏了"))
        #expect(form.opinion.category == first.code)
        #expect(first.keywords.contains { "小区楼道里的路灯坏了".contains($0) })
        // More text with stronger hints of another category moves the suggestion.
        _ = form.handle(.text("，另外对条例草案第三条有修改意见，建议修订条款"))
        let second = try #require(suggester.suggest(for: form.opinion.text.text))
        #expect(form.opinion.category == second.code)
        #expect(second.code != first.code)
        // Chosen by hand: typing no longer moves it.
        focus(&form, .category)
        _ = form.handle(.key(.right))
        let chosen = try #require(form.opinion.chosenCategory)
        focus(&form, .text)
        _ = form.handle(.text("路灯路灯路灯"))
        #expect(form.opinion.category == chosen)
    }

    @Test func representativeByNameCyclesMatchesAndScanIsReported() throws {
        var (form, _) = try form()
        focus(&form, .representative)
        _ = form.handle(.text("王"))
        #expect(form.opinion.representativeName == "王建国")
        _ = form.handle(.key(.down))
        #expect(form.opinion.representativeName == "王丽")
        _ = form.handle(.key(.ctrl("u")))
        _ = form.handle(.text("REP:"))
        let code = PersonalCode(kind: .representative, identifier: "9FDMG7HDBN" + String(CheckCharacter.compute("9FDMG7HDBN")!))
        _ = form.handle(.key(.ctrl("u")))
        _ = form.handle(.text(code.description))
        #expect(form.handle(.key(.enter)) == .resolveScan(code.description))
    }

    @Test func draftRoundTripKeepsValuesFocusAndCaret() throws {
        var (form, _) = try form()
        _ = form.handle(.text("李秀兰"))
        _ = form.handle(.key(.tab))
        _ = form.handle(.text("13912345678"))
        focus(&form, .groupSize)
        _ = form.handle(.key(.backspace))
        _ = form.handle(.text("7"))
        focus(&form, .text)
        _ = form.handle(.text("第一条：垃圾清运不及时"))
        focus(&form, .urgency)
        _ = form.handle(.key(.right))
        _ = form.handle(.key(.ctrl("n")))
        _ = form.handle(.text("第二条：\n公交站台没有遮雨棚"))
        _ = form.handle(.key(.left))
        _ = form.handle(.key(.left))
        let draft = IntakeDraft(form)
        let json = draft.json()
        let decoded = try #require(IntakeDraft.decode(json))
        #expect(decoded == draft)
        let back = decoded.form(choices: form.choices)
        #expect(back.text(.name) == "李秀兰")
        #expect(back.text(.phone) == "13912345678")
        #expect(back.text(.groupSize) == "7")
        #expect(back.opinions.count == 2)
        #expect(back.current == 1)
        #expect(back.focus == .text)
        #expect(back.opinion.text.text == "第二条：\n公交站台没有遮雨棚")
        #expect(back.opinion.text.caret == form.opinion.text.caret)
        #expect(back.opinions[0].urgency == form.opinions[0].urgency)
        #expect(back.opinions[0].urgency != .normal)
        #expect(IntakeDraft(back).json() == json.replacingOccurrences(of: draft.savedAt, with: IntakeDraft(back).savedAt))
        #expect(IntakeDraft.decode("{not json") == nil)
    }

    @Test func requestCarriesEveryOpinionAndDropsBlankExtraOnes() throws {
        var (form, _) = try form()
        focus(&form, .text)
        _ = form.handle(.text("小区停车难"))
        _ = form.handle(.key(.ctrl("n")))
        _ = form.handle(.key(.ctrl("n")))
        _ = form.handle(.text("楼道电梯经常坏"))
        #expect(form.opinions.count == 3)
        #expect(form.handle(.key(.ctrl("s"))) == .save)
        let request = form.request(sessionID: nil)
        #expect(request.opinions.map(\.text) == ["小区停车难", "楼道电梯经常坏"])
        #expect(request.visitor.anonymous)
    }
}
