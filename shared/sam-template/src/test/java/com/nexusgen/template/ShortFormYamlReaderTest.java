package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortFormYamlReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            !Ref Table                                  | {"Ref":"Table"}
            !Condition IsProd                           | {"Condition":"IsProd"}
            !GetAtt Table.Arn                           | {"Fn::GetAtt":["Table","Arn"]}
            !GetAtt Db.Endpoint.Address                 | {"Fn::GetAtt":["Db","Endpoint.Address"]}
            !GetAtt [Table, StreamArn]                  | {"Fn::GetAtt":["Table","StreamArn"]}
            !Sub 'nexusgen-${Stage}'                    | {"Fn::Sub":"nexusgen-${Stage}"}
            !Sub ['${A}-x', {A: !Ref B}]                | {"Fn::Sub":["${A}-x",{"A":{"Ref":"B"}}]}
            !Join [',', [a, !Ref B]]                    | {"Fn::Join":[",",["a",{"Ref":"B"}]]}
            !Select [0, !GetAZs '']                     | {"Fn::Select":[0,{"Fn::GetAZs":""}]}
            !Split [',', !Ref List]                     | {"Fn::Split":[",",{"Ref":"List"}]}
            !If [IsProd, 1, !Ref AWS::NoValue]          | {"Fn::If":["IsProd",1,{"Ref":"AWS::NoValue"}]}
            !Equals [!Ref Stage, prod]                  | {"Fn::Equals":[{"Ref":"Stage"},"prod"]}
            !And [!Condition A, !Not [!Condition B]]    | {"Fn::And":[{"Condition":"A"},{"Fn::Not":[{"Condition":"B"}]}]}
            !Or [!Condition A, !Condition B]            | {"Fn::Or":[{"Condition":"A"},{"Condition":"B"}]}
            !FindInMap [Sizes, !Ref Stage, Memory]      | {"Fn::FindInMap":["Sizes",{"Ref":"Stage"},"Memory"]}
            !Base64 hello                               | {"Fn::Base64":"hello"}
            !Cidr [10.0.0.0/16, 4, 8]                   | {"Fn::Cidr":["10.0.0.0/16",4,8]}
            !ImportValue shared-vpc                     | {"Fn::ImportValue":"shared-vpc"}
            """)
    void parseYaml_shouldUseTheJsonForm_whenAShortFormTagIsUsed(String yaml, String json) throws Exception {
        // GIVEN a value written with a short-form tag
        String document = "value: " + yaml;

        // WHEN it is read
        JsonNode value = SamTemplate.parseYaml(document).get("value");

        // THEN it is the intrinsic's JSON form
        assertEquals(JSON.readTree(json), value);
    }

    @Test
    void parseYaml_shouldConvertNestedTags_whenTheyAppearInBlockStyle() throws Exception {
        // GIVEN block-style YAML with tags on mappings and sequences, nested in other intrinsics
        String yaml = """
                Value: !Sub
                  - 'arn:${Partition}:s3:::${Bucket}/*'
                  - Partition: !Ref AWS::Partition
                    Bucket: !If
                      - HasBucket
                      - !Ref Bucket
                      - !ImportValue
                        Fn::Sub: '${Stage}-bucket'
                """;

        // WHEN it is read
        JsonNode value = SamTemplate.parseYaml(yaml).get("Value");

        // THEN every level is in JSON form, long forms left as they are
        assertEquals(JSON.readTree("""
                {"Fn::Sub": ["arn:${Partition}:s3:::${Bucket}/*", {
                  "Partition": {"Ref": "AWS::Partition"},
                  "Bucket": {"Fn::If": ["HasBucket", {"Ref": "Bucket"},
                                        {"Fn::ImportValue": {"Fn::Sub": "${Stage}-bucket"}}]}}]}
                """), value);
    }

    @Test
    void parseYaml_shouldKeepScalarTypes_whenNoTagIsGiven() {
        // GIVEN plain YAML scalars
        String yaml = "{n: 29, s: '29', b: true, f: 1.5, d: 2010-09-09, nothing: null}";

        // WHEN it is read
        JsonNode value = SamTemplate.parseYaml(yaml);

        // THEN numbers, strings and booleans keep their types (dates stay text, as CloudFormation reads them)
        assertTrue(value.get("n").isInt());
        assertTrue(value.get("s").isTextual());
        assertTrue(value.get("b").isBoolean());
        assertTrue(value.get("f").isDouble());
        assertEquals("2010-09-09", value.get("d").asText());
        assertTrue(value.get("nothing").isNull());
    }

    @Test
    void parseYaml_shouldFailWithTheLine_whenAnUnknownTagIsUsed() {
        // GIVEN a tag CloudFormation does not define
        String yaml = "a: 1\nb: !Reference Table\n";

        // WHEN it is read
        TemplateException error = assertThrows(TemplateException.class, () -> SamTemplate.parseYaml(yaml));

        // THEN the message names the tag and the line
        assertTrue(error.getMessage().contains("!Reference"), error.getMessage());
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
    }

    @Test
    void parseYaml_shouldFail_whenAKeyIsDuplicated() {
        // GIVEN a mapping with the same key twice (CloudFormation rejects it)
        String yaml = "Resources:\n  A: 1\n  A: 2\n";

        // WHEN it is read
        TemplateException error = assertThrows(TemplateException.class, () -> SamTemplate.parseYaml(yaml));

        // THEN the key is named
        assertTrue(error.getMessage().contains("Duplicate key 'A'"), error.getMessage());
    }
}
