package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.laatstemeter.platform.ReadableEngineErrors.Readable;
import org.junit.jupiter.api.Test;

/** What a person reads of Camunda's REST error messages: our Dutch text, no engine codes, no Java. */
class ReadableEngineErrorsTest {

  @Test
  void refusalOfATaskListenerReadsAsItsDutchMessage() {
    Readable readable = ReadableEngineErrors.readable("Cannot submit task form 9f1c-77: ENGINE-03051 There was an "
        + "exception while invoking the TaskListener. Message: 'Kies 'Akkoord' of 'Niet akkoord'.'");
    assertThat(readable).isEqualTo(new Readable("Kies 'Akkoord' of 'Niet akkoord'.", true));
  }

  @Test
  void refusalAsTheRestApiWrapsItReadsAsItsDutchMessage() {
    Readable readable = ReadableEngineErrors.readable("Cannot submit task form 45c1e8d7-f1b0-11f1: Exception while "
        + "invoking TaskListener: Kies 'Akkoord' of 'Niet akkoord'.");
    assertThat(readable).isEqualTo(new Readable("Kies 'Akkoord' of 'Niet akkoord'.", true));
  }

  @Test
  void refusalWhenStartingAProcessReadsAsItsDutchMessage() {
    Readable readable = ReadableEngineErrors.readable("Cannot instantiate process definition connectionProject:3:ab12: "
        + "Het project kan niet starten. Warmtebedrijf: kies een organisatie.");
    assertThat(readable).isEqualTo(new Readable("Het project kan niet starten. Warmtebedrijf: kies een organisatie.", true));
  }

  @Test
  void engineCodeIsRemovedFromAnEngineMessage() {
    assertThat(ReadableEngineErrors.readable("ENGINE-03040 No task found with id 'abc'").message())
        .isEqualTo("No task found with id 'abc'");
  }

  @Test
  void javaExceptionTextBecomesOnePlainDutchSentence() {
    Readable readable = ReadableEngineErrors.readable("Cannot submit task form 1: ENGINE-03051 There was an exception "
        + "while invoking the TaskListener. Message: 'Cannot invoke \"java.lang.String.length()\" because \"s\" is null'");
    assertThat(readable).isEqualTo(new Readable(ReadableEngineErrors.TECHNICAL_FAILURE, false));
    assertThat(ReadableEngineErrors.readable("org.camunda.bpm.engine.ProcessEngineException: boom").message())
        .isEqualTo(ReadableEngineErrors.TECHNICAL_FAILURE);
    assertThat(ReadableEngineErrors.readable(null).message()).isEqualTo(ReadableEngineErrors.TECHNICAL_FAILURE);
  }

  @Test
  void plainMessageStaysAsItIsAndIsNoRefusal() {
    assertThat(ReadableEngineErrors.readable("Woning 'w-1' bestaat niet in project P-1."))
        .isEqualTo(new Readable("Woning 'w-1' bestaat niet in project P-1.", false));
  }
}
