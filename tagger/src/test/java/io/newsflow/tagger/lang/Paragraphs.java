package io.newsflow.tagger.lang;

import java.util.List;
import java.util.Map;

/** Paragraphs written for these tests, two or more of each language newsflow is measured on. */
final class Paragraphs {

    static final Map<String, List<String>> BY_LANGUAGE = Map.of(
            "en", List.of(
                    "Farmers in the northern valleys are bracing for a second dry summer in a row, and several"
                            + " cooperatives have asked the regional government to release water from the reservoir"
                            + " earlier than planned to save the young orchards.",
                    "Shares in the carmaker fell by more than eight percent after it warned that profits this year"
                            + " would be lower than expected, blaming weak demand for electric models."),
            "fr", List.of(
                    "Les secouristes ont travaillé toute la nuit pour rejoindre les habitants isolés par le glissement"
                            + " de terrain, qui a emporté un pont et une partie de la seule route menant à la vallée.",
                    "Le chef de l'opposition accuse le gouvernement de cacher le coût réel de la nouvelle ligne"
                            + " ferroviaire et exige la publication du rapport des ingénieurs avant le vote du budget."),
            "es", List.of(
                    "Los sindicatos de profesores convocaron una huelga de un día para el mes que viene por los"
                            + " salarios y el número de alumnos por aula en los barrios más pobres de la ciudad.",
                    "El banco central mantuvo sin cambios su tipo de interés de referencia, al considerar que la"
                            + " inflación ha bajado cinco meses seguidos pero que los salarios siguen subiendo."),
            "de", List.of(
                    "Die Polizei hat vier Männer im Zusammenhang mit einer Einbruchsserie in Juweliergeschäften an"
                            + " der Küste festgenommen und sucht weiterhin nach einem fünften Verdächtigen.",
                    "Die Gespräche zwischen den beiden Nachbarstaaten über die Aufteilung des Flusswassers endeten"
                            + " am Freitag ohne Einigung, doch beide Delegationen wollen sich erneut treffen."),
            "ar", List.of(
                    "أعلنت نقابات المعلمين إضراباً ليوم واحد الشهر المقبل احتجاجاً على الرواتب واكتظاظ الفصول، محذرة من"
                            + " أن المدارس في الأحياء الفقيرة تفقد معلميها أسرع مما يمكن تعويضهم.",
                    "أكدت وزارة الدفاع أن سفينتين حربيتين غادرتا الميناء للمشاركة في تدريبات مشتركة مع قوات بحرية حليفة،"
                            + " هي الأكبر في المنطقة منذ سنوات، مشيرة إلى أن المناورات كانت مقررة قبل التوترات الأخيرة."),
            "ru", List.of(
                    "Больницы региона сообщили о резком росте числа госпитализаций с гриппом во время праздников,"
                            + " и органы здравоохранения призвали пожилых людей как можно скорее записаться к врачу.",
                    "Инженеры планируют весной запустить крупнейшую в стране морскую ветровую электростанцию,"
                            + " которая сможет снабжать электроэнергией около полумиллиона домов."),
            "zh", List.of(
                    "连续三天的强降雨引发山体滑坡，冲毁了一座桥梁和通往山谷的唯一公路，数个村庄与外界完全隔绝。"
                            + "救援队员连夜徒步进山，为被困村民送去食品、饮用水和药品。",
                    "教师工会宣布将于下个月举行为期一天的罢工，抗议工资过低和班级人数过多的问题。"
                            + "教育部门表示愿意与工会继续谈判，并承诺在明年的预算中增加教育经费。"),
            "it", List.of(
                    "La banca centrale ha lasciato invariato il tasso di riferimento nella riunione di questa"
                            + " settimana, spiegando che l'inflazione è scesa per cinque mesi di fila."),
            "pt", List.of(
                    "As equipas de salvamento trabalharam durante toda a noite para chegar aos moradores isolados"
                            + " pelo deslizamento de terras, que destruiu uma ponte e parte da estrada."),
            "nl", List.of(
                    "De gemeenteraad heeft dinsdagavond besloten het nachtbusnet uit te breiden naar drie"
                            + " buitenwijken die al bijna tien jaar geen openbaar vervoer meer hadden."));

    private Paragraphs() {
    }

    static String first(final String language) {
        return BY_LANGUAGE.get(language).get(0);
    }
}
